import QRCode from 'qrcode';
import { authorize, requireActor } from '../../authorize.ts';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { refuseTokens } from '../refuse-tokens.ts';
import { newTotpSecret, otpauthUri } from '../totp.ts';
import { requireSecretBox } from './second-factor.ts';

export interface TwoFactorEnrolment {
  /** For typing into an app by hand. */
  secret: string;
  uri: string;
  /** The URI as a QR code, an SVG document. */
  qrSvg: string;
}

/**
 * The first step of turning on two-factor sign-in: a new secret for the person's authenticator
 * app, kept (sealed) until they prove the app with a code (`confirmTwoFactor`).
 */
export async function startTwoFactor(ctx: Ctx): Promise<TwoFactorEnrolment> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  refuseTokens(ctx, 'two-factor sign-in');
  const secretBox = requireSecretBox(ctx);
  const person = await ctx.trx
    .selectFrom('people')
    .select(['password_hash', 'totp_enabled_at'])
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (!person.password_hash) {
    throw new AppError(
      'not_available',
      'You sign in through your company’s provider: its own second factor applies',
    );
  }
  if (person.totp_enabled_at) {
    throw new AppError(
      'not_available',
      'Two-factor sign-in is already on: turn it off first to use another app',
    );
  }
  const secret = newTotpSecret();
  await ctx.trx
    .updateTable('people')
    .set({ totp_pending_secret: secretBox.seal(secret) })
    .where('id', '=', actor.personId)
    .execute();
  const uri = otpauthUri('Ordo', actor.email, secret);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}
