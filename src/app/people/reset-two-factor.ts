import { announceActorsChanged } from '../auth/revocations.ts';
import { endSessions } from '../auth/sessions.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findPersonForChange, type Person } from './person.ts';

/**
 * An admin takes someone's second factor away (a lost phone, no recovery codes left, or someone
 * else tied the account to their app): they sign in with their password alone and can set it up
 * again; every session of theirs ends.
 */
export async function resetTwoFactor(ctx: Ctx, input: { personId: string }): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const person = await findPersonForChange(ctx, input.personId);
  const cleared = await ctx.trx
    .updateTable('people')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', person.id)
    .where('totp_enabled_at', 'is not', null)
    .executeTakeFirst();
  if (cleared.numUpdatedRows === 0n)
    throw new AppError('not_available', `${person.name} has no second factor to reset`);
  await ctx.trx.deleteFrom('recovery_codes').where('person_id', '=', person.id).execute();
  await endSessions(ctx, person.id);
  await announceActorsChanged(ctx.trx);
  await appendEvent(ctx, { productId: null, kind: 'person.two_factor_reset', data: { personId: person.id } });
  return { ...person, hasTwoFactor: false };
}
