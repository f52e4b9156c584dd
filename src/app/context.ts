import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SecretBox } from './auth/secret-box.ts';

/** Who is acting: a signed-in person (through a session or an API token). */
export interface Actor {
  personId: string;
  workspaceId: string;
  name: string;
  email: string;
  isAdmin: boolean;
  /** Ordo itself (a scheduled rule), acting with an admin's rights and recorded as no one. */
  isSystem?: boolean;
  /** An admin of a workspace that requires two-factor sign-in of admins, without it yet: they
   * act with their product roles only until they set it up. */
  mustSetUpTwoFactor?: boolean;
  /** Acting through an API token (not a session): what a token may do to its own account is less. */
  viaToken?: { expiresAt: Date | null };
}

export function systemActor(workspaceId: string): Actor {
  return { personId: '', workspaceId, name: 'Ordo', email: '', isAdmin: true, isSystem: true };
}

/** The person to record as having acted: null for Ordo's own rules. */
export function actingPersonId(ctx: { actor: Actor | null }): string | null {
  return ctx.actor && !ctx.actor.isSystem ? ctx.actor.personId : null;
}

/**
 * What every operation is given: the transaction to work in, the actor, the clock, and the
 * server's public address (for links in mail).
 */
export interface Ctx {
  trx: Kysely<DB>;
  actor: Actor | null;
  now: () => Date;
  baseUrl: string;
  /** Seals what the server must read back (TOTP secrets); absent without a server key. */
  secretBox?: SecretBox;
}

export interface Deps {
  db: Kysely<DB>;
  now: () => Date;
  baseUrl: string;
  secretBox?: SecretBox;
}

/** Runs one operation in one transaction: all of its writes land, or none do. */
export function inTransaction<T>(
  deps: Deps,
  actor: Actor | null,
  work: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return deps.db
    .transaction()
    .execute((trx) => work({ trx, actor, now: deps.now, baseUrl: deps.baseUrl, secretBox: deps.secretBox }));
}

/**
 * Runs one operation straight on the database, each statement on its own: for reads, and for an
 * operation whose writes must stand when it fails (a refused sign-in is still counted).
 */
export function withoutTransaction<T>(
  deps: Deps,
  actor: Actor | null,
  work: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return work({ trx: deps.db, actor, now: deps.now, baseUrl: deps.baseUrl, secretBox: deps.secretBox });
}
