import { abuseLimits } from '../../domain/abuse-limits.ts';
import type { ItemStatus } from '../../domain/item.ts';
import { type RequestState, requestLimits } from '../../domain/request.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { counter, spendAllowance } from '../limits/limit-counters.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import {
  findRequestByKey,
  type Request,
  requestColumns,
  requestIdForToken,
  toRequest,
} from './request-queries.ts';

/**
 * What a requester sees on their status page: their own words, the state, what the team told
 * them, and after triage the item's title and status. Never another requester, an estimate, a
 * tag, a comment or anything else internal.
 */
export interface RequestStatus {
  key: string;
  productName: string;
  title: string;
  problem: string;
  state: RequestState;
  decisionNote: string | null;
  submittedAt: Date;
  messages: { fromRequester: boolean; body: string; at: Date }[];
  item: { title: string; status: ItemStatus } | null;
}

async function requestFromToken(ctx: Ctx, token: string): Promise<{ request: Request; productName: string }> {
  const requestId = await requestIdForToken(ctx.trx, token);
  const row = await ctx.trx
    .selectFrom('requests')
    .innerJoin('products', 'products.id', 'requests.product_id')
    .select(requestColumns)
    .select(['products.key as productKey', 'products.name as productName'])
    .where('requests.id', '=', requestId)
    .executeTakeFirstOrThrow();
  return { request: toRequest(row, row.productKey), productName: row.productName };
}

export async function statusOf(ctx: Ctx, request: Request, productName: string): Promise<RequestStatus> {
  const [messages, item] = await Promise.all([
    ctx.trx
      .selectFrom('request_messages')
      .select(['from_requester', 'body', 'created_at'])
      .where('request_id', '=', request.id)
      .orderBy('created_at')
      .execute(),
    request.itemId
      ? ctx.trx
          .selectFrom('items')
          .select(['title', 'status', 'archived_at'])
          .where('id', '=', request.itemId)
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    key: request.key,
    productName,
    title: request.title,
    problem: request.problem,
    state: request.state,
    decisionNote:
      request.state === 'declined' || request.state === 'needs_info' ? request.decisionNote : null,
    submittedAt: request.createdAt,
    messages: messages.map((m) => ({ fromRequester: m.from_requester, body: m.body, at: m.created_at })),
    item: item ? { title: item.title, status: item.status } : null,
  };
}

/** The status page behind a status link: the token is the only key needed. */
export async function requestStatusByToken(ctx: Ctx, token: string): Promise<RequestStatus> {
  const { request, productName } = await requestFromToken(ctx, token);
  return statusOf(ctx, request, productName);
}

/**
 * A requester answers the team's question on their status page; the request returns to triage.
 * Answers are counted per address (`address`, the sender's IP): 429 past the allowance.
 */
export async function replyToRequest(
  ctx: Ctx,
  input: { token: string; body: string; address: string },
): Promise<RequestStatus> {
  await spendAllowance(ctx.trx, [counter(abuseLimits.publicReply, input.address)], ctx.now());
  const { request, productName } = await requestFromToken(ctx, input.token);
  return answer(ctx, request, productName, input.body);
}

/** A signed-in requester answers from the app, by the request's key. */
export async function replyAsRequester(
  ctx: Ctx,
  input: { key: string; body: string },
): Promise<RequestStatus> {
  const actor = requireActor(ctx);
  const request = await findRequestByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, request.productId);
  await authorize(ctx, 'product.read', scopeOf(product));
  if (request.requester.personId !== actor.personId)
    throw new AppError('not_found', `Request ${input.key} was not found`);
  return answer(ctx, request, product.name, input.body);
}

async function answer(ctx: Ctx, request: Request, productName: string, text: string): Promise<RequestStatus> {
  const product = await findProductById(ctx.trx, request.productId);
  if (product.archivedAt) {
    throw new AppError('archived', 'This product is archived: it takes no answers now');
  }
  if (request.state !== 'needs_info') {
    throw new AppError('invalid_input', 'body: this request is not waiting for an answer', [
      { field: 'body', message: 'no question to answer' },
    ]);
  }
  const body = text.trim().slice(0, requestLimits.messageLength);
  await ctx.trx
    .insertInto('request_messages')
    .values({ request_id: request.id, from_requester: true, body, created_at: ctx.now() })
    .execute();
  await ctx.trx
    .updateTable('requests')
    .set({ state: 'new', updated_at: ctx.now(), version: request.version + 1 })
    .where('id', '=', request.id)
    .execute();
  await appendEvent(ctx, {
    productId: request.productId,
    kind: 'request.answered',
    data: { request: request.key },
  });
  return statusOf(ctx, { ...request, state: 'new' }, productName);
}
