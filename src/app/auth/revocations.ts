import { type Compilable, type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Where instances hear that a session or token died: its hash, or `all`. NOTIFY is delivered at
 * commit, so no instance forgets a secret whose revocation rolled back.
 */
export const revocationsChannel = 'ordo_revocations';
export const revokedEverything = 'all';

/**
 * Runs `revoke` (a delete or update `returning token_hash`) and announces each hash it returns,
 * in one statement; answers how many secrets died.
 */
export async function announceRevocation(
  trx: Kysely<DB>,
  revoke: Compilable<{ token_hash: string }>,
): Promise<number> {
  const { rows } = await sql<{ token_hash: string }>`
    with revoked as (${revoke})
    select token_hash, pg_notify(${revocationsChannel}, token_hash) from revoked`.execute(trx);
  return rows.length;
}

/**
 * Tells every instance to forget who everyone is (at commit): after a change to what an actor
 * carries (their name, email or admin right), so that no instance acts on the old one.
 */
export async function announceActorsChanged(trx: Kysely<DB>): Promise<void> {
  await sql`select pg_notify(${revocationsChannel}, ${revokedEverything})`.execute(trx);
}
