import { dropAccountLinks } from '../auth/account-links.ts';
import { refuseTokens } from '../auth/refuse-tokens.ts';
import { announceActorsChanged } from '../auth/revocations.ts';
import { verifyPassword } from '../auth/secrets.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { assertEmailFree } from '../people/insert-person.ts';
import { normaliseEmail } from '../people/person.ts';
import { type Profile, readProfile } from './profile.ts';

export interface ProfileChanges {
  name?: string;
  /** A new email to sign in with: asks for the current password, where there is one. */
  email?: string;
  currentPassword?: string;
  mailDigest?: boolean;
  mailNotices?: boolean;
}

/** A person changes their own name, email or mail preferences. */
export async function updateProfile(ctx: Ctx, input: ProfileChanges): Promise<Profile> {
  await authorize(ctx, 'profile.manage', null);
  const actor = requireActor(ctx);
  const before = await ctx.trx
    .selectFrom('people')
    .select(['name', 'email', 'password_hash'])
    .where('id', '=', actor.personId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const email = input.email === undefined ? undefined : normaliseEmail(input.email);
  const changesEmail = email !== undefined && email !== before.email;
  if (changesEmail) {
    refuseTokens(ctx, 'the email you sign in with');
    const proven =
      before.password_hash === null ||
      (input.currentPassword !== undefined &&
        (await verifyPassword(before.password_hash, input.currentPassword)));
    if (!proven) {
      throw new AppError(
        'invalid_input',
        'currentPassword: give your current password to change your email',
        [{ field: 'currentPassword', message: 'is needed to change your email, and must be right' }],
      );
    }
    await assertEmailFree(ctx.trx, email);
  }
  await ctx.trx
    .updateTable('people')
    .set({
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(changesEmail && { email }),
      ...(input.mailDigest !== undefined && { mail_digest: input.mailDigest }),
      ...(input.mailNotices !== undefined && { mail_notices: input.mailNotices }),
    })
    .where('id', '=', actor.personId)
    .execute();
  if (changesEmail) await dropAccountLinks(ctx, actor.personId);
  const after = await readProfile(ctx, actor.personId);
  const changes = {
    ...(after.name !== before.name && { name: { from: before.name, to: after.name } }),
    ...(after.email !== before.email && { email: { from: before.email, to: after.email } }),
  };
  if (Object.keys(changes).length > 0) {
    await announceActorsChanged(ctx.trx);
    await appendEvent(ctx, {
      productId: null,
      kind: 'person.updated',
      data: { personId: actor.personId, changes },
    });
  }
  return after;
}
