import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkNewPassword } from '../auth/password-rules.ts';
import { hashPassword } from '../auth/secrets.ts';
import { AppError } from '../errors.ts';
import { normaliseEmail, type Person, personColumns, toPerson } from './person.ts';

export interface NewPerson {
  name: string;
  email: string;
  /** Without one, the person is invited: they set it by following their link. */
  password?: string;
  isAdmin?: boolean;
}

export async function assertEmailFree(trx: Kysely<DB>, email: string): Promise<void> {
  const taken = await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) {
    throw new AppError('already_exists', `email: someone already signs in as ${email}`, [
      { field: 'email', message: 'already in use' },
    ]);
  }
}

/** Inserts a person; an email already in use, or a weak password, is refused by name. */
export async function insertPerson(
  trx: Kysely<DB>,
  workspaceId: string,
  person: NewPerson,
  now: Date,
): Promise<Person> {
  if (person.password !== undefined) await checkNewPassword(person.password);
  const email = normaliseEmail(person.email);
  await assertEmailFree(trx, email);
  const row = await trx
    .insertInto('people')
    .values({
      workspace_id: workspaceId,
      email,
      name: person.name.trim(),
      password_hash: person.password === undefined ? null : await hashPassword(person.password),
      is_admin: person.isAdmin ?? false,
      created_at: now,
      joined_at: person.password === undefined ? null : now,
    })
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  return toPerson(row);
}
