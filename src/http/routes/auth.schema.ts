import { z } from 'zod';
import type { Actor } from '../../app/context.ts';
import { limits } from '../../domain/item.ts';
import { email, password, requiredText } from '../fields.ts';

/** Signing in and the first run on the wire. */

export const signInBody = z.strictObject({
  email,
  password: z.string().min(1, 'must not be empty').max(limits.passwordMaxLength),
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(32)
    .describe("With two-factor sign-in on: the app's 6-digit code, or a recovery code")
    .optional(),
});

export const setUpBody = z.strictObject({
  workspaceName: requiredText(limits.productNameLength),
  name: requiredText(limits.personNameLength),
  email,
  password,
});

export const setUpStateSchema = z.object({ isSetUp: z.boolean() });

export const meSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
    mustSetUpTwoFactor: z
      .boolean()
      .describe('An admin who must turn on two-factor sign-in before acting as one'),
  })
  .meta({ id: 'Me', description: 'The signed-in person' });

export const sessionStateSchema = z.object({ me: meSchema.nullable() });

/** Who a new session is for. */
export const signedInPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
});
export const signedInSchema = z.object({ person: signedInPersonSchema });

/** The signed-in person, as `/me` and `/session` tell it. */
export function presentMe(actor: Actor): z.input<typeof meSchema> {
  return {
    id: actor.personId,
    name: actor.name,
    email: actor.email,
    isAdmin: actor.isAdmin,
    mustSetUpTwoFactor: actor.mustSetUpTwoFactor ?? false,
  };
}
