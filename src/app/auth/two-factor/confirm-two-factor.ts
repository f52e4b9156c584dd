import { authorize, requireActor } from '../../authorize.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { appendEvent } from '../../events/append-event.ts';
import { announceActorsChanged } from '../revocations.ts';
import { matchingStep } from '../totp.ts';
import { replaceRecoveryCodes, requireSecretBox } from './second-factor.ts';

/** The person proves their app with a code: two-factor sign-in is on; answers the recovery codes, once. */
export async function confirmTwoFactor(
  ctx: Ctx,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  const secretBox = requireSecretBox(ctx);
  const person = await ctx.trx
    .selectFrom('people')
    .select(['totp_pending_secret'])
    .where('id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!person.totp_pending_secret) {
    throw new AppError('not_available', 'Start setting up two-factor sign-in first: a new secret is needed');
  }
  const step = matchingStep(secretBox.open(person.totp_pending_secret), input.code.trim(), ctx.now(), null);
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
