import { ageInDays, openRequestStates } from '../../domain/request.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { type Request, requestColumns, toRequest } from '../intake/request-queries.ts';
import { type DuplicateSuggestion, findDuplicates } from '../intake/suggest-duplicates.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';

export interface InboxEntry extends Request {
  suggestions: DuplicateSuggestion[];
  /** The conversation with the requester (questions asked, answers given), oldest first. */
  messages: { fromRequester: boolean; body: string; at: Date }[];
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
  const messages = rows.length
    ? await ctx.trx
        .selectFrom('request_messages')
        .select(['request_id', 'from_requester', 'body', 'created_at'])
        .where(
          'request_id',
          'in',
          rows.map((row) => row.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
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
    const conversation = messages.filter((m) => m.request_id === request.id);
    entries.push({
      ...request,
      suggestions,
      messages: conversation.map((m) => ({
        fromRequester: m.from_requester,
        body: m.body,
        at: m.created_at,
      })),
    });
  }
  return entries;
}

/** How many requests wait for triage, and for how long the oldest has: the header's badge. */
export async function triageCount(
  ctx: Ctx,
  productKey: string,
): Promise<{ waiting: number; oldestDays: number }> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'request.triage', scopeOf(product));
  const row = await ctx.trx
    .selectFrom('requests')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('product_id', '=', product.id)
    .where('state', 'in', openRequestStates)
    .executeTakeFirstOrThrow();
  const oldest = row.oldest ? new Date(row.oldest as unknown as string) : null;
  return { waiting: Number(row.n), oldestDays: oldest ? ageInDays(oldest, ctx.now()) : 0 };
}
