import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type ApiToken, toApiToken, tokenColumns } from './api-token.ts';

/** The actor's own tokens, newest first, revoked ones too (for the record). */
export async function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  await authorize(ctx, 'tokens.manage', null);
  const actor = requireActor(ctx);
  const rows = await ctx.trx
    .selectFrom('api_tokens')
    .select(tokenColumns)
    .where('person_id', '=', actor.personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiToken);
}
