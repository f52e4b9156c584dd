import { decisionProblem, type TriageDecision } from '../../domain/request.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { findRequestByKey, type Request } from '../intake/request-queries.ts';
import { findProductById, type Product, scopeOf } from '../products/product-queries.ts';

/** What every triage decision starts with: the request, its product, and the right to decide. */
export async function openForDecision(
  ctx: Ctx,
  key: string,
  decision: TriageDecision,
): Promise<{ request: Request; product: Product }> {
  const request = await findRequestByKey(ctx.trx, key);
  const product = await findProductById(ctx.trx, request.productId);
  await authorize(ctx, 'request.triage', scopeOf(product));
  const problem = decisionProblem(request.state, decision);
  if (problem)
    throw new AppError('invalid_input', `${request.key}: ${problem}`, [{ field: 'state', message: problem }]);
  return { request, product };
}

/** Records a decision on the request row; the version guards against two triagers at once. */
export async function recordDecision(
  ctx: Ctx,
  request: Request,
  change: { state: Request['state']; decisionNote?: string | null; itemId?: string | null },
): Promise<Request> {
  const actor = requireActor(ctx);
  const now = ctx.now();
  const updated = await ctx.trx
    .updateTable('requests')
    .set({
      state: change.state,
      decision_note: change.decisionNote ?? null,
      ...(change.itemId !== undefined && { item_id: change.itemId }),
      triaged_at: now,
      triaged_by: actor.personId,
      updated_at: now,
      version: request.version + 1,
    })
    .where('id', '=', request.id)
    .where('version', '=', request.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    throw new AppError(
      'version_conflict',
      `${request.key} was triaged by someone else meanwhile: reload the inbox`,
    );
  }
  return {
    ...request,
    state: change.state,
    decisionNote: change.decisionNote ?? null,
    itemId: change.itemId === undefined ? request.itemId : change.itemId,
    triagedAt: now,
    version: request.version + 1,
  };
}
