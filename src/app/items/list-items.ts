import { sql } from 'kysely';
import {
  activeStatuses,
  type ItemSource,
  type ItemStatus,
  type ItemType,
  normaliseTags,
} from '../../domain/item.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { type Item, itemColumns, toItem } from './item-queries.ts';

export interface ListItemsInput {
  productKey: string;
  types?: ItemType[];
  statuses?: ItemStatus[];
  sources?: ItemSource[];
  /** Items carrying every one of these tags. */
  tags?: string[];
  /** Full-text search over key, title, problem, who it serves and outcome; words match as prefixes. */
  search?: string;
  includeArchived?: boolean;
  cursor?: string | null;
  limit: number;
}

export interface RankedItem extends Item {
  demand: number;
}

export interface ItemPage {
  items: RankedItem[];
  next: string | null;
}

/** `invoice exp` → `invoice:* & exp:*`: only letters and digits reach the query syntax. */
export function prefixQuery(search: string): string | null {
  const words = search
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

const encodeCursor = (rank: string) => Buffer.from(rank, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const rank = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9A-Za-z]+$/.test(rank)) throw invalidInput('cursor', 'not a cursor this list gave out');
  return rank;
}

/** The ranked backlog, in order, filtered, a page at a time. */
export async function listItems(ctx: Ctx, input: ListItemsInput): Promise<ItemPage> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  let query = ctx.trx
    .selectFrom('items')
    .select(itemColumns)
    .select((eb) =>
      eb
        .selectFrom('item_requesters')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('item_requesters.item_id', '=', 'items.id')
        .as('demand'),
    )
    .where('items.product_id', '=', product.id);
  const statuses = input.statuses?.length ? input.statuses : activeStatuses;
  query = query.where('items.status', 'in', statuses);
  if (!input.includeArchived) query = query.where('items.archived_at', 'is', null);
  if (input.types?.length) query = query.where('items.type', 'in', input.types);
  if (input.sources?.length) query = query.where('items.source', 'in', input.sources);
  const tags = normaliseTags(input.tags ?? []);
  if (tags.length) query = query.where(sql<boolean>`items.tags @> ${sql.val(tags)}::text[]`);
  const search = input.search ? prefixQuery(input.search) : null;
  if (input.search?.trim() && !search) return { items: [], next: null };
  if (search) query = query.where(sql<boolean>`items.search @@ to_tsquery('english', ${search})`);
  if (input.cursor) query = query.where('items.rank', '>', decodeCursor(input.cursor));
  const rows = await query
    .orderBy('items.rank')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit).map((row) => ({ ...toItem(row), demand: Number(row.demand ?? 0) }));
  const last = page.at(-1);
  return { items: page, next: rows.length > input.limit && last ? encodeCursor(last.rank) : null };
}
