import { dropAccountLinks } from '../auth/account-links.ts';
import { announceActorsChanged } from '../auth/revocations.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { assertEmailFree } from './insert-person.ts';
import { findPersonForChange, normaliseEmail, type Person, personColumns, toPerson } from './person.ts';

export interface PersonChanges {
  personId: string;
  name?: string;
  email?: string;
  isAdmin?: boolean;
}

/** An admin corrects someone's name or email, or makes them an admin or not. */
export async function updatePerson(ctx: Ctx, input: PersonChanges): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const actor = requireActor(ctx);
  const before = await findPersonForChange(ctx, input.personId);
  const email = input.email === undefined ? undefined : normaliseEmail(input.email);
  if (email !== undefined && email !== before.email) await assertEmailFree(ctx.trx, email);
  if (input.isAdmin === false && before.isAdmin) await assertAnotherAdmin(ctx, actor.workspaceId, before.id);
  const row = await ctx.trx
    .updateTable('people')
    .set({
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(email !== undefined && { email }),
      ...(input.isAdmin !== undefined && { is_admin: input.isAdmin }),
    })
    .where('id', '=', before.id)
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  const after = toPerson(row);
  // A link mailed to the old address must not let its holder in.
  if (after.email !== before.email) await dropAccountLinks(ctx, after.id);
  const changed = (['name', 'email', 'isAdmin'] as const).filter((field) => before[field] !== after[field]);
  if (changed.length > 0) {
    await announceActorsChanged(ctx.trx);
    await appendEvent(ctx, {
      productId: null,
      kind: 'person.updated',
      data: {
        personId: after.id,
        changes: Object.fromEntries(
          changed.map((field) => [field, { from: before[field], to: after[field] }]),
        ),
      },
    });
  }
  return after;
}

/** A workspace always keeps an active admin: the last one cannot stop being one. */
async function assertAnotherAdmin(ctx: Ctx, workspaceId: string, leavingId: string): Promise<void> {
  const other = await ctx.trx
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('is_admin', '=', true)
    .where('deactivated_at', 'is', null)
    .where('id', '<>', leavingId)
    .limit(1)
    .executeTakeFirst();
  if (!other) {
    throw new AppError(
      'invalid_input',
      'isAdmin: the workspace keeps at least one admin: make someone else an admin first',
      [{ field: 'isAdmin', message: 'last admin' }],
    );
  }
}
