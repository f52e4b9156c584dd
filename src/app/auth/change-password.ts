import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { dropAccountLinks } from './account-links.ts';
import { checkNewPassword } from './password-rules.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import { endSessions } from './sessions.ts';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  /** The session making the change stays signed in; every other one ends. */
  keepSession?: string;
}

/** A signed-in person changes their password, proving they know the current one. */
export async function changePassword(ctx: Ctx, input: PasswordChange): Promise<{ endedSessions: number }> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  const person = await ctx.trx
    .selectFrom('people')
    .select('password_hash')
    .where('id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!person.password_hash || !(await verifyPassword(person.password_hash, input.currentPassword))) {
    throw new AppError('invalid_input', 'currentPassword: this is not your current password', [
      { field: 'currentPassword', message: 'is not your current password' },
    ]);
  }
  await checkNewPassword(input.newPassword);
  await ctx.trx
    .updateTable('people')
    .set({ password_hash: await hashPassword(input.newPassword) })
    .where('id', '=', actor.personId)
    .execute();
  const endedSessions = await endSessions(ctx, actor.personId, input.keepSession);
  // A reset link asked for earlier (perhaps by someone else) dies with the old password.
  await dropAccountLinks(ctx, actor.personId);
  await appendEvent(ctx, { productId: null, kind: 'password.changed', data: { personId: actor.personId } });
  return { endedSessions };
}
