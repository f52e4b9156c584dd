import type { Ctx } from '../context.ts';
import { announceRevocation } from './revocations.ts';
import { hashSecret, newSecret } from './secrets.ts';

export const sessionDays = 30;

export interface SignedIn {
  sessionToken: string;
  expiresAt: Date;
  person: { id: string; name: string; email: string; isAdmin: boolean };
}

/** A new session for a person whose identity has just been proven (password, link, provider). */
export async function startSession(ctx: Ctx, person: SignedIn['person']): Promise<SignedIn> {
  const sessionToken = newSecret('ordo_s');
  const expiresAt = new Date(ctx.now().getTime() + sessionDays * 86_400_000);
  await ctx.trx
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      person_id: person.id,
      created_at: ctx.now(),
      expires_at: expiresAt,
    })
    .execute();
  return { sessionToken, expiresAt, person };
}

/**
 * Ends a person's sessions, here and in every instance (all but `keep`, the one making the
 * change); answers how many ended.
 */
export function endSessions(ctx: Ctx, personId: string, keep?: string): Promise<number> {
  let sessions = ctx.trx.deleteFrom('sessions').where('person_id', '=', personId);
  if (keep) sessions = sessions.where('token_hash', '<>', hashSecret(keep));
  return announceRevocation(ctx.trx, sessions.returning('token_hash'));
}

/** Revokes every live API token of a person, here and in every instance. */
export function revokeTokens(ctx: Ctx, personId: string): Promise<number> {
  return announceRevocation(
    ctx.trx,
    ctx.trx
      .updateTable('api_tokens')
      .set({ revoked_at: ctx.now() })
      .where('person_id', '=', personId)
      .where('revoked_at', 'is', null)
      .returning('token_hash'),
  );
}
