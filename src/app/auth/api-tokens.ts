import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { announceRevocation } from './revocations.ts';
import { hashSecret, newSecret } from './secrets.ts';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A token for scripts and the CLI, acting as its creator. Its text is shown once, never stored. */
export async function createApiToken(
  ctx: Ctx,
  input: { name: string },
): Promise<ApiToken & { token: string }> {
  const actor = requireActor(ctx);
  const token = newSecret('ordo_t');
  const row = await ctx.trx
    .insertInto('api_tokens')
    .values({
      person_id: actor.personId,
      name: input.name,
      token_hash: hashSecret(token),
      created_at: ctx.now(),
    })
    .returning(['id', 'name', 'created_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at, token };
}

export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  await authorize(ctx, 'tokens.manage', null);
  const actor = requireActor(ctx);
  const rows = await ctx.trx
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'revoked_at'])
    .where('person_id', '=', actor.personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }));
}

/** Revokes a token here and, through the database, in every instance's cache of who is who. */
export async function revokeApiToken(ctx: Ctx, input: { id: string }): Promise<void> {
  await authorize(ctx, 'tokens.manage', null);
  const actor = requireActor(ctx);
  const revoked = await announceRevocation(
    ctx.trx,
    ctx.trx
      .updateTable('api_tokens')
      .set({ revoked_at: ctx.now() })
      .where('id', '=', input.id)
      .where('person_id', '=', actor.personId)
      .where('revoked_at', 'is', null)
      .returning('token_hash'),
  );
  if (revoked === 0) throw notFound('Token');
}
