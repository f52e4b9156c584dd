import { openRequestStates } from '../../domain/request.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type Request, requestColumns, toRequest } from '../intake/request-queries.ts';
import { type DuplicateSuggestion, findDuplicates } from '../intake/suggest-duplicates.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';

export interface InboxEntry extends Request {
  suggestions: DuplicateSuggestion[];
}

/** The requests waiting for a decision, oldest first, each with its likely duplicates. */
export async function triageInbox(
  ctx: Ctx,
  input: { productKey: string; limit: number },
): Promise<InboxEntry[]> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'request.triage', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('requests')
    .select(requestColumns)
    .where('product_id', '=', product.id)
    .where('state', 'in', openRequestStates)
    .orderBy('created_at')
    .limit(input.limit)
    .execute();
  const entries: InboxEntry[] = [];
  for (const row of rows) {
    const request = toRequest(row, product.key);
    const suggestions = await findDuplicates(ctx, {
      productId: product.id,
      title: request.title,
      problem: request.problem,
      excludeRequestId: request.id,
      limit: 3,
    });
    entries.push({ ...request, suggestions });
  }
  return entries;
}
