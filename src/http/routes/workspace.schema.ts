import { z } from 'zod';
import type { TwoFactorEnrolment } from '../../app/auth/two-factor/start-two-factor.ts';
import type { WorkspaceSettings } from '../../app/workspace/workspace-settings.ts';
import { limits } from '../../domain/item.ts';
import { changeOf, requiredText } from '../fields.ts';

/** The workspace's settings, and one's own second factor, on the wire. */

export const workspaceChangesBody = changeOf(
  z.strictObject({ name: requiredText(limits.productNameLength), requireAdminTwoFactor: z.boolean() }),
);
export const totpCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'the 6 digits your app shows'),
});
export const passwordProofBody = z.strictObject({
  password: z.string().min(1, 'must not be empty').max(256),
});
export const confirmTwoFactorBody = totpCodeBody.extend({ password: passwordProofBody.shape.password });

export const workspaceSettingsSchema = z
  .object({
    name: z.string(),
    requireAdminTwoFactor: z.boolean().describe('Admins must turn on two-factor sign-in to act as admins'),
  })
  .meta({ id: 'WorkspaceSettings' });

export const enrolmentSchema = z.object({
  secret: z.string().describe('For typing into an app by hand'),
  uri: z.string().describe('An otpauth:// URI'),
  qrSvg: z.string().describe('The URI as a QR code, an SVG document'),
});

export const recoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()).describe('Each signs in once without the app; shown this once'),
});

export function presentWorkspaceSettings(
  settings: WorkspaceSettings,
): z.input<typeof workspaceSettingsSchema> {
  return { name: settings.name, requireAdminTwoFactor: settings.requireAdminTwoFactor };
}

export function presentEnrolment(enrolment: TwoFactorEnrolment): z.input<typeof enrolmentSchema> {
  return { secret: enrolment.secret, uri: enrolment.uri, qrSvg: enrolment.qrSvg };
}
