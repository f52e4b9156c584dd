import { authorize, requireActor } from '../../authorize.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { appendEvent } from '../../events/append-event.ts';
import { refuseTokens } from '../refuse-tokens.ts';
import { announceActorsChanged } from '../revocations.ts';
import { verifyPassword } from '../secrets.ts';
import { matchingStep } from '../totp.ts';
import { replaceRecoveryCodes, requireSecretBox } from './second-factor.ts';

/** The person proves their app with a code: two-factor sign-in is on; answers the recovery codes, once. */
export async function confirmTwoFactor(
  ctx: Ctx,
  input: { code: string; password: string },
): Promise<{ recoveryCodes: string[] }> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  refuseTokens(ctx, 'two-factor sign-in');
  const secretBox = requireSecretBox(ctx);
  const person = await ctx.trx
    .selectFrom('people')
    .select(['totp_pending_secret', 'password_hash'])
    .where('id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!person.password_hash || !(await verifyPassword(person.password_hash, input.password))) {
    throw invalidInput('password', 'is not your password');
  }
  if (!person.totp_pending_secret) {
    throw new AppError('not_available', 'Start setting up two-factor sign-in first: a new secret is needed');
  }
  let pending: string;
  try {
    pending = secretBox.open(person.totp_pending_secret);
  } catch {
    throw new AppError(
      'not_available',
      'The server’s key changed since you started: start setting it up again',
    );
  }
  const step = matchingStep(pending, input.code.trim(), ctx.now(), null);
  if (step === null)
    throw invalidInput('code', 'not the code your app shows now: check the app and the clock');
  await ctx.trx
    .updateTable('people')
    .set({
      totp_secret: person.totp_pending_secret,
      totp_pending_secret: null,
      totp_enabled_at: ctx.now(),
      totp_last_step: step,
    })
    .where('id', '=', actor.personId)
    .execute();
  const recoveryCodes = await replaceRecoveryCodes(ctx, actor.personId);
  await announceActorsChanged(ctx.trx);
  await appendEvent(ctx, { productId: null, kind: 'two_factor.enabled', data: { personId: actor.personId } });
  return { recoveryCodes };
}
