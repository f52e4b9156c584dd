import { announceRevocation } from '../auth/revocations.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';

/** Revokes one of the actor's tokens here and, through the database, in every instance. */
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
  await appendEvent(ctx, { productId: null, kind: 'token.revoked', data: { tokenId: input.id } });
}
