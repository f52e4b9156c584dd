import type { Kysely } from 'kysely';
import type { DB, RequestRow } from '../../db/schema.ts';
import type { ItemSource } from '../../domain/item.ts';
import {
  parseRequestKey,
  type RequestChannel,
  type RequestState,
  requestKey,
  type Urgency,
} from '../../domain/request.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';

export interface Request {
  id: string;
  productId: string;
  key: string;
  number: number;
  source: ItemSource;
  channel: RequestChannel;
  title: string;
  problem: string;
  requester: { personId: string | null; name: string; email: string | null };
  accountsAffected: number | null;
  dealValue: number | null;
  urgency: Urgency | null;
  state: RequestState;
  decisionNote: string | null;
  itemId: string | null;
  createdAt: Date;
  updatedAt: Date;
  triagedAt: Date | null;
  version: number;
}

export function toRequest(row: Omit<RequestRow, 'search'>, productKey: string): Request {
  return {
    id: row.id,
    productId: row.product_id,
    key: requestKey(productKey, row.number),
    number: row.number,
    source: row.source,
    channel: row.channel,
    title: row.title,
    problem: row.problem,
    requester: { personId: row.requester_person_id, name: row.requester_name, email: row.requester_email },
    accountsAffected: row.accounts_affected,
    dealValue: row.deal_value,
    urgency: row.urgency,
    state: row.state,
    decisionNote: row.decision_note,
    itemId: row.item_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    triagedAt: row.triaged_at,
    version: row.version,
  };
}

export const requestColumns = [
  'requests.id',
  'requests.product_id',
  'requests.number',
  'requests.source',
  'requests.channel',
  'requests.title',
  'requests.problem',
  'requests.requester_person_id',
  'requests.requester_name',
  'requests.requester_email',
  'requests.accounts_affected',
  'requests.deal_value',
  'requests.urgency',
  'requests.state',
  'requests.decision_note',
  'requests.item_id',
  'requests.created_by',
  'requests.created_at',
  'requests.updated_at',
  'requests.triaged_at',
  'requests.triaged_by',
  'requests.version',
] as const;

export async function findRequestByKey(trx: Kysely<DB>, key: string): Promise<Request> {
  const parsed = parseRequestKey(key);
  if (!parsed) throw notFound(`Request ${key}`);
  const row = await trx
    .selectFrom('requests')
    .innerJoin('products', 'products.id', 'requests.product_id')
    .select(requestColumns)
    .select('products.key as productKey')
    .where('products.key', '=', parsed.productKey)
    .where('requests.number', '=', parsed.number)
    .executeTakeFirst();
  if (!row) throw notFound(`Request ${key}`);
  return toRequest(row, row.productKey);
}

/** A status link's address, for a token made by `newSecret('req')`. */
export const statusUrl = (ctx: Ctx, token: string): string =>
  `${ctx.baseUrl.replace(/\/$/, '')}/status/${token}`;

/** A new status link for the requester: the token goes in the link, its hash in the database. */
export async function newStatusLink(ctx: Ctx, requestId: string): Promise<string> {
  const token = newSecret('req');
  await ctx.trx
    .insertInto('request_links')
    .values({ token_hash: hashSecret(token), request_id: requestId, created_at: ctx.now() })
    .execute();
  return statusUrl(ctx, token);
}

export async function requestIdForToken(trx: Kysely<DB>, token: string): Promise<string> {
  const link = await trx
    .selectFrom('request_links')
    .select('request_id')
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!link) throw notFound('Request');
  return link.request_id;
}
