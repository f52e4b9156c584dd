import { hashSecret, newSecret } from '../auth/secrets.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { type ApiToken, toApiToken, tokenColumns } from './api-token.ts';

export interface NewApiToken {
  name: string;
  /** When it stops working; without one it works until revoked. */
  expiresAt?: Date;
}

/** A token acting as its creator. Its text is answered once and never stored (only its hash). */
export async function createApiToken(ctx: Ctx, input: NewApiToken): Promise<ApiToken & { token: string }> {
  await authorize(ctx, 'tokens.manage', null);
  const actor = requireActor(ctx);
  if (input.expiresAt && input.expiresAt <= ctx.now()) {
    throw invalidInput('expiresAt', 'must be in the future');
  }
  // A token made through a token lives no longer than the one that made it.
  const limit = actor.viaToken?.expiresAt ?? null;
  const expiresAt =
    limit && (!input.expiresAt || input.expiresAt > limit) ? limit : (input.expiresAt ?? null);
  const token = newSecret('ordo_t');
  const row = await ctx.trx
    .insertInto('api_tokens')
    .values({
      person_id: actor.personId,
      name: input.name.trim(),
      token_hash: hashSecret(token),
      created_at: ctx.now(),
      expires_at: expiresAt,
    })
    .returning(tokenColumns)
    .executeTakeFirstOrThrow();
  await appendEvent(ctx, {
    productId: null,
    kind: 'token.created',
    data: { tokenId: row.id, name: row.name, expiresAt: row.expires_at?.toISOString() ?? null },
  });
  return { ...toApiToken(row), token };
}
