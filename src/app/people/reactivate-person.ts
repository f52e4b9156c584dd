import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findPersonForChange, type Person, personColumns, toPerson } from './person.ts';

/** An admin lets a deactivated person sign in again, with the roles they had; tokens stay revoked. */
export async function reactivatePerson(ctx: Ctx, input: { personId: string }): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const person = await findPersonForChange(ctx, input.personId);
  if (person.status !== 'deactivated') return person;
  const row = await ctx.trx
    .updateTable('people')
    .set({ deactivated_at: null })
    .where('id', '=', person.id)
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, { productId: null, kind: 'person.reactivated', data: { personId: person.id } });
  return toPerson(row);
}
