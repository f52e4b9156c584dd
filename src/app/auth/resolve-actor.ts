import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../context.ts';
import { hashSecret } from './secrets.ts';

const actorColumns = [
  'people.id',
  'people.workspace_id',
  'people.name',
  'people.email',
  'people.is_admin',
] as const;

function toActor(row: {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  is_admin: boolean;
}): Actor {
  return {
    personId: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin,
  };
}

/** The person behind a session cookie, if the session exists and has not expired. */
export async function actorFromSession(
  db: Kysely<DB>,
  sessionToken: string,
  now: Date,
): Promise<Actor | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select(actorColumns)
    .where('sessions.token_hash', '=', hashSecret(sessionToken))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row ? toActor(row) : null;
}

/** The person behind an API token (`Authorization: Bearer …`), if it is live. */
export async function actorFromApiToken(db: Kysely<DB>, token: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('people', 'people.id', 'api_tokens.person_id')
    .select(actorColumns)
    .where('api_tokens.token_hash', '=', hashSecret(token))
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? toActor(row) : null;
}
