import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type Person, type PersonStatus, personColumns, toPerson } from './person.ts';

/** The people of the workspace by name: everyone, or those of one status. */
export async function listPeople(ctx: Ctx, input: { status?: PersonStatus } = {}): Promise<Person[]> {
  await authorize(ctx, 'people.read', null);
  const actor = requireActor(ctx);
  let query = ctx.trx
    .selectFrom('people')
    .select(personColumns)
    .where('workspace_id', '=', actor.workspaceId)
    .orderBy('name')
    .orderBy('email');
  if (input.status === 'deactivated') query = query.where('deactivated_at', 'is not', null);
  else if (input.status) query = query.where('deactivated_at', 'is', null);
  if (input.status === 'invited') query = query.where('joined_at', 'is', null);
  if (input.status === 'active') query = query.where('joined_at', 'is not', null);
  return (await query.execute()).map(toPerson);
}
