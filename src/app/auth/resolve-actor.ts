import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../context.ts';
import { hashSecret } from './secrets.ts';

const actorColumns = [
  'people.id',
  'people.workspace_id',
  'people.name',
  'people.email',
  'people.is_admin',
  'people.totp_enabled_at',
  'workspaces.require_admin_two_factor',
  sql<boolean>`people.password_hash is not null`.as('has_password'),
] as const;

function toActor(row: {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  is_admin: boolean;
  totp_enabled_at: Date | null;
  require_admin_two_factor: boolean;
  has_password: boolean;
}): Actor {
  return {
    personId: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin,
    // Someone who signs in only through the company's provider has its second factor instead.
    ...(row.is_admin &&
      row.require_admin_two_factor &&
      row.has_password &&
      row.totp_enabled_at === null && { mustSetUpTwoFactor: true }),
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
    .innerJoin('workspaces', 'workspaces.id', 'people.workspace_id')
    .select(actorColumns)
    .where('sessions.token_hash', '=', hashSecret(sessionToken))
    .where('sessions.expires_at', '>', now)
    .where('people.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row ? toActor(row) : null;
}

/** A token's last use is written at most this often, so that a busy script costs no writes. */
const lastUseGrainMs = 60_000;

/**
 * The person behind an API token (`Authorization: Bearer …`), if it is live: not revoked, not
 * expired, its person not deactivated. Notes its last use in the same statement.
 */
export async function actorFromApiToken(db: Kysely<DB>, token: string, now: Date): Promise<Actor | null> {
  const tokenHash = hashSecret(token);
  const { rows } = await sql<Parameters<typeof toActor>[0] & { expires_at: Date | null }>`
    with live as (
      select people.id, people.workspace_id, people.name, people.email, people.is_admin,
        people.totp_enabled_at, workspaces.require_admin_two_factor,
        people.password_hash is not null as has_password, api_tokens.last_used_at, api_tokens.expires_at
      from api_tokens join people on people.id = api_tokens.person_id
        join workspaces on workspaces.id = people.workspace_id
      where api_tokens.token_hash = ${tokenHash} and api_tokens.revoked_at is null
        and (api_tokens.expires_at is null or api_tokens.expires_at > ${now})
        and people.deactivated_at is null
    ), used as (
      update api_tokens set last_used_at = ${now}
      where token_hash = ${tokenHash} and exists (
        select 1 from live
        where live.last_used_at is null or live.last_used_at < ${new Date(now.getTime() - lastUseGrainMs)}
      )
    )
    select id, workspace_id, name, email, is_admin, totp_enabled_at, require_admin_two_factor,
      has_password, expires_at
    from live`.execute(db);
  const row = rows[0];
  return row ? { ...toActor(row), viaToken: { expiresAt: row.expires_at } } : null;
}
