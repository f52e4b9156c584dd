import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { insertPerson } from './insert-person.ts';
import type { Person } from './person.ts';

export interface CreatePersonInput {
  name: string;
  email: string;
  password: string;
  isAdmin?: boolean;
}

/** A workspace admin adds a person with a password they pass on (inviting by mail is the usual way). */
export async function createPerson(ctx: Ctx, input: CreatePersonInput): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const actor = requireActor(ctx);
  const person = await insertPerson(ctx.trx, actor.workspaceId, input, ctx.now());
  await appendEvent(ctx, {
    productId: null,
    kind: 'person.created',
    data: { personId: person.id, name: person.name, email: person.email, isAdmin: person.isAdmin },
  });
  return person;
}
