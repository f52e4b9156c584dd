import type { Selectable } from 'kysely';
import type { PeopleTable } from '../../db/schema.ts';
import type { Ctx } from '../context.ts';
import { AppError, notFound } from '../errors.ts';

/** Invited (their link not yet followed), active, or deactivated (can no longer sign in). */
export type PersonStatus = 'invited' | 'active' | 'deactivated';

export interface Person {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  status: PersonStatus;
  createdAt: Date;
  joinedAt: Date | null;
  deactivatedAt: Date | null;
  hasTwoFactor: boolean;
}

export const personColumns = [
  'people.id',
  'people.name',
  'people.email',
  'people.is_admin',
  'people.created_at',
  'people.joined_at',
  'people.deactivated_at',
  'people.totp_enabled_at',
] as const;

type PersonRow = Pick<
  Selectable<PeopleTable>,
  'id' | 'name' | 'email' | 'is_admin' | 'created_at' | 'joined_at' | 'deactivated_at' | 'totp_enabled_at'
>;

export function statusOf(row: Pick<PersonRow, 'joined_at' | 'deactivated_at'>): PersonStatus {
  if (row.deactivated_at) return 'deactivated';
  return row.joined_at ? 'active' : 'invited';
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin,
    status: statusOf(row),
    createdAt: row.created_at,
    joinedAt: row.joined_at,
    deactivatedAt: row.deactivated_at,
    hasTwoFactor: row.totp_enabled_at !== null,
  };
}

/**
 * A person of the actor's workspace, for a change the caller is about to make. Changes to the
 * workspace's people take turns (the workspace row is locked), so that two admins demoting or
 * deactivating each other at once cannot leave the workspace without one.
 */
export async function findPersonForChange(ctx: Ctx, personId: string): Promise<Person> {
  await ctx.trx
    .selectFrom('workspaces')
    .select('id')
    .where('id', '=', ctx.actor?.workspaceId ?? '')
    .forUpdate()
    .execute();
  // Read after the lock: an admin deactivated or demoted by a change that just committed (the
  // other admin, at the same moment) may no longer change anyone.
  if (ctx.actor && !ctx.actor.isSystem) {
    const caller = await ctx.trx
      .selectFrom('people')
      .select('id')
      .where('id', '=', ctx.actor.personId)
      .where('is_admin', '=', true)
      .where('deactivated_at', 'is', null)
      .executeTakeFirst();
    if (!caller) throw new AppError('forbidden', 'You are no longer an admin of this workspace');
  }
  const row = await ctx.trx
    .selectFrom('people')
    .select(personColumns)
    .where('id', '=', personId)
    .where('workspace_id', '=', ctx.actor?.workspaceId ?? '')
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Person');
  return toPerson(row);
}

/** Emails are compared as typed, without case or surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
