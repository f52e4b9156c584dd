import { sql } from 'kysely';
import type { ItemSource } from '../../domain/item.ts';
import type { RequestChannel, Urgency } from '../../domain/request.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { findProductByKey, type Product, scopeOf } from '../products/product-queries.ts';
import { newStatusLink, type Request, requestColumns, toRequest } from './request-queries.ts';

export interface RequestContent {
  title: string;
  problem?: string;
  accountsAffected?: number | null;
  dealValue?: number | null;
  urgency?: Urgency | null;
}

export interface SubmitRequestInput extends RequestContent {
  productKey: string;
  source: ItemSource;
  channel: Exclude<RequestChannel, 'public'>;
}

export interface SubmittedRequest {
  request: Request;
  /** The requester's status link; the token in it is not kept, so this is its only showing. */
  statusUrl: string;
}

/** Commercial impact is asked of client-facing teams only. */
export function commercialFieldsProblem(source: ItemSource, content: RequestContent): AppError | null {
  if (source === 'client_facing') return null;
  const field = (['accountsAffected', 'dealValue', 'urgency'] as const).find((name) => content[name] != null);
  return field
    ? new AppError('invalid_input', `${field}: only client-facing requests carry it`, [
        { field, message: 'only for client-facing requests' },
      ])
    : null;
}

export async function insertRequest(
  ctx: Ctx,
  product: Product,
  fields: RequestContent & {
    source: ItemSource;
    channel: RequestChannel;
    requester: { personId: string | null; name: string; email: string | null };
  },
): Promise<Request> {
  const problem = commercialFieldsProblem(fields.source, fields);
  if (problem) throw problem;
  const numbered = await ctx.trx
    .updateTable('products')
    .set({ next_request_number: sql`next_request_number + 1` })
    .where('id', '=', product.id)
    .returning(sql<number>`next_request_number - 1`.as('number'))
    .executeTakeFirstOrThrow();
  const now = ctx.now();
  const row = await ctx.trx
    .insertInto('requests')
    .values({
      product_id: product.id,
      number: numbered.number,
      source: fields.source,
      channel: fields.channel,
      title: fields.title.trim(),
      problem: fields.problem?.trim() ?? '',
      requester_person_id: fields.requester.personId,
      requester_name: fields.requester.name.trim(),
      requester_email: fields.requester.email?.trim().toLowerCase() ?? null,
      accounts_affected: fields.accountsAffected ?? null,
      deal_value: fields.dealValue ?? null,
      urgency: fields.urgency ?? null,
      created_by: ctx.actor?.personId ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning(requestColumns)
    .executeTakeFirstOrThrow();
  const request = toRequest(row, product.key);
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'request.submitted',
    data: { request: request.key, source: request.source },
  });
  return request;
}

/** Someone with an account asks for something: it lands in the triage inbox, not the backlog. */
export async function submitRequest(ctx: Ctx, input: SubmitRequestInput): Promise<SubmittedRequest> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'request.submit', scopeOf(product));
  const actor = requireActor(ctx);
  const request = await insertRequest(ctx, product, {
    ...input,
    requester: { personId: actor.personId, name: actor.name, email: actor.email },
  });
  await tellRequester(ctx, request, { kind: 'received' }, { dedupeKey: `${request.id}:received` });
  return { request, statusUrl: await newStatusLink(ctx, request.id) };
}
