import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkNewPassword } from '../auth/password-rules.ts';
import { hashPassword } from '../auth/secrets.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';

export interface Person {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

export interface NewPerson {
  name: string;
  email: string;
  password: string;
  isAdmin?: boolean;
}

/** Inserts a person; an email already in use, or a weak password, is refused by name. */
export async function insertPerson(
  trx: Kysely<DB>,
  workspaceId: string,
  person: NewPerson,
  now: Date,
): Promise<Person> {
  await checkNewPassword(person.password);
  const email = person.email.trim().toLowerCase();
  const taken = await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) {
    throw new AppError('already_exists', `email: someone already signs in as ${email}`, [
      { field: 'email', message: 'already in use' },
    ]);
  }
  const row = await trx
    .insertInto('people')
    .values({
      workspace_id: workspaceId,
      email,
      name: person.name.trim(),
      password_hash: await hashPassword(person.password),
      is_admin: person.isAdmin ?? false,
      created_at: now,
    })
    .returning(['id', 'name', 'email', 'is_admin'])
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, email: row.email, isAdmin: row.is_admin };
}

/** A workspace admin adds a person who can then sign in. */
export async function createPerson(ctx: Ctx, input: NewPerson): Promise<Person> {
  await authorize(ctx, 'people.manage', null);
  const actor = requireActor(ctx);
  return insertPerson(ctx.trx, actor.workspaceId, input, ctx.now());
}

export async function listPeople(ctx: Ctx): Promise<Person[]> {
  await authorize(ctx, 'people.read', null);
  const actor = requireActor(ctx);
  const rows = await ctx.trx
    .selectFrom('people')
    .select(['id', 'name', 'email', 'is_admin'])
    .where('workspace_id', '=', actor.workspaceId)
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, isAdmin: row.is_admin }));
}
