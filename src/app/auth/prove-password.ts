import { requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { countHits, refuseIfLimited } from '../limits/limit-counters.ts';
import { verifyPassword } from './secrets.ts';
import { failureCounters } from './sign-in.ts';

/**
 * The signed-in person proves their password before a change that asks for it (a new password,
 * email or second factor). Run outside a transaction, before the change: a wrong password counts
 * as a failed sign-in, so a session left open cannot be used to guess it faster than the sign-in
 * page allows. Someone without a password (company sign-in only) has nothing to prove here.
 */
export async function provePassword(
  ctx: Ctx,
  input: { password: string | undefined; field: string; address: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const counters = failureCounters(actor.email, input.address);
  await refuseIfLimited(ctx.trx, counters.all, ctx.now());
  const person = await ctx.trx
    .selectFrom('people')
    .select('password_hash')
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  if (!person.password_hash) return;
  if (input.password === undefined || !(await verifyPassword(person.password_hash, input.password))) {
    await countHits(ctx.trx, counters.all, ctx.now());
    throw new AppError('invalid_input', `${input.field}: this is not your password`, [
      { field: input.field, message: 'is not your password' },
    ]);
  }
}
