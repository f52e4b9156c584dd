import { z } from 'zod';
import type { Profile } from '../../app/profile/profile.ts';
import { changeOf, email, password, requiredText, timestamp } from '../fields.ts';
import { signedInPersonSchema } from './auth.schema.ts';

/** One's own account on the wire: the profile, passwords and the links mail carries. */

const linkToken = z.string().regex(/^ordo_[ir]_[A-Za-z0-9_-]{43}$/, 'not a link from an Ordo mail');
const currentPassword = z.string().min(1, 'must not be empty').max(256);

export const passwordResetBody = z.strictObject({ email });
export const linkBody = z.strictObject({ token: linkToken });
export const setPasswordBody = z.strictObject({ token: linkToken, password });
export const passwordChangeBody = z.strictObject({ currentPassword, newPassword: password });
export const profileChangesBody = changeOf(
  z.strictObject({
    name: requiredText(200),
    email,
    currentPassword,
    mailDigest: z.boolean(),
    mailNotices: z.boolean(),
  }),
);

export const messageSchema = z.object({ message: z.string() });

export const accountLinkSchema = z.object({
  purpose: z.enum(['invitation', 'password_reset']),
  name: z.string(),
  email: z.string(),
  expiresAt: timestamp,
});

export const passwordSetSchema = z.object({
  person: signedInPersonSchema.nullable().describe('Null when a second factor must follow'),
  secondFactorRequired: z.boolean().describe('The password is set; sign in with it and a code next'),
});

export const endedSessionsSchema = z.object({ endedSessions: z.int() });

export const profileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
    mailDigest: z.boolean().describe("The custodian's daily digest by mail (owners get it)"),
    mailNotices: z.boolean().describe('Mail when something they asked for or follow changes'),
    hasPassword: z.boolean().describe('False for someone who signs in only through the company provider'),
    hasTwoFactor: z.boolean(),
    recoveryCodesLeft: z.int(),
    sessions: z.int().describe('How many sessions are open'),
  })
  .meta({ id: 'Profile', description: 'The signed-in person’s own account' });

export function presentProfile(profile: Profile): z.input<typeof profileSchema> {
  return {
    id: profile.id,
    name: profile.name,
    email: profile.email,
    isAdmin: profile.isAdmin,
    mailDigest: profile.mailDigest,
    mailNotices: profile.mailNotices,
    hasPassword: profile.hasPassword,
    hasTwoFactor: profile.hasTwoFactor,
    recoveryCodesLeft: profile.recoveryCodesLeft,
    sessions: profile.sessions,
  };
}
