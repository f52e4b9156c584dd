import { authorize, requireActor } from '../../authorize.ts';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { appendEvent } from '../../events/append-event.ts';
import { refuseTokens } from '../refuse-tokens.ts';
import { announceActorsChanged } from '../revocations.ts';
import { verifyPassword } from '../secrets.ts';

/** Turns two-factor sign-in off, proven by the password; refused to an admin while admins must have it. */
export async function turnOffTwoFactor(ctx: Ctx, input: { password: string }): Promise<void> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  refuseTokens(ctx, 'two-factor sign-in');
  const person = await ctx.trx
    .selectFrom('people')
    .innerJoin('workspaces', 'workspaces.id', 'people.workspace_id')
    .select(['people.password_hash', 'people.is_admin', 'workspaces.require_admin_two_factor'])
    .where('people.id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!person.password_hash || !(await verifyPassword(person.password_hash, input.password))) {
    throw new AppError('invalid_input', 'password: this is not your password', [
      { field: 'password', message: 'is not your password' },
    ]);
  }
  if (person.is_admin && person.require_admin_two_factor) {
    throw new AppError('not_available', 'Admins of this workspace must keep two-factor sign-in on');
  }
  await ctx.trx
    .updateTable('people')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', actor.personId)
    .execute();
  await ctx.trx.deleteFrom('recovery_codes').where('person_id', '=', actor.personId).execute();
  await announceActorsChanged(ctx.trx);
  await appendEvent(ctx, {
    productId: null,
    kind: 'two_factor.disabled',
    data: { personId: actor.personId },
  });
}
