import { dropAccountLinks } from '../auth/account-links.ts';
import { endSessions, revokeTokens } from '../auth/sessions.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findPersonForChange, type Person, personColumns, toPerson } from './person.ts';

/**
 * An admin deactivates someone who left: their sessions and tokens end at once on every
 * instance, their links stop working, they get no mail and count as no one's member. What they
 * wrote stays theirs; their roles wait in case they are reactivated. Refused for oneself and for
 * the last owner of a product (name another owner first).
 */
export async function deactivatePerson(ctx: Ctx, input: { personId: string }): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const actor = requireActor(ctx);
  const person = await findPersonForChange(ctx, input.personId);
  if (person.id === actor.personId) {
    throw new AppError('invalid_input', 'personId: you cannot deactivate yourself: ask another admin', [
      { field: 'personId', message: 'is you' },
    ]);
  }
  if (person.status === 'deactivated') return person;
  const soleOwnerOf = await productsOnlyOwnedBy(ctx, person.id);
  if (soleOwnerOf.length > 0) {
    throw new AppError(
      'invalid_input',
      `personId: ${person.name} is the only owner of ${soleOwnerOf.join(', ')}: name another owner first`,
      [{ field: 'personId', message: 'is the only owner of a product', products: soleOwnerOf }],
    );
  }
  const row = await ctx.trx
    .updateTable('people')
    .set({ deactivated_at: ctx.now() })
    .where('id', '=', person.id)
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  const endedSessions = await endSessions(ctx, person.id);
  const revokedTokens = await revokeTokens(ctx, person.id);
  await dropAccountLinks(ctx, person.id);
  await appendEvent(ctx, {
    productId: null,
    kind: 'person.deactivated',
    data: { personId: person.id, endedSessions, revokedTokens },
  });
  return toPerson(row);
}

/** The keys of the products (not archived) whose only active owner is this person. */
async function productsOnlyOwnedBy(ctx: Ctx, personId: string): Promise<string[]> {
  const rows = await ctx.trx
    .selectFrom('memberships as mine')
    .innerJoin('products', 'products.id', 'mine.product_id')
    .select('products.key')
    .where('mine.person_id', '=', personId)
    .where('mine.role', '=', 'owner')
    .where('products.archived_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('memberships as other')
            .innerJoin('people', 'people.id', 'other.person_id')
            .select('other.person_id')
            .whereRef('other.product_id', '=', 'mine.product_id')
            .where('other.role', '=', 'owner')
            .where('other.person_id', '<>', personId)
            .where('people.deactivated_at', 'is', null),
        ),
      ),
    )
    .orderBy('products.key')
    // Locks the products, as a change of roles does (`assertKeepsAnOwner`): an owner stepping
    // down at the same moment waits, then sees this person gone.
    .forUpdate('products')
    .execute();
  return rows.map((row) => row.key);
}
