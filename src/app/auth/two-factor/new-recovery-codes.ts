import { authorize, requireActor } from '../../authorize.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { refuseTokens } from '../refuse-tokens.ts';
import { acceptSecondFactor, replaceRecoveryCodes, requireSecretBox } from './second-factor.ts';

/** A new set of recovery codes, proven by a current code; the old set stops working. */
export async function newRecoveryCodes(
  ctx: Ctx,
  input: { code: string },
): Promise<{ recoveryCodes: string[] }> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  refuseTokens(ctx, 'recovery codes');
  const secretBox = requireSecretBox(ctx);
  const person = await ctx.trx
    .selectFrom('people')
    .select(['id', 'totp_secret', 'totp_last_step'])
    .where('id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!person.totp_secret) throw new AppError('not_available', 'Two-factor sign-in is off');
  const accepted = await acceptSecondFactor(
    ctx.trx,
    secretBox,
    { ...person, totp_secret: person.totp_secret },
    input.code,
    ctx.now(),
  );
  if (accepted !== 'totp') throw invalidInput('code', 'not the code your app shows now');
  return { recoveryCodes: await replaceRecoveryCodes(ctx, actor.personId) };
}
