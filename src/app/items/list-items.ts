import { sql } from 'kysely';
import { planEachRun } from '../../db/plan-each-run.ts';
import {
  activeStatuses,
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemStatuses,
  normaliseTags,
} from '../../domain/item.ts';
import { type Readiness, readinessOf } from '../../domain/readiness.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { isReadySql } from '../refinement/readiness-query.ts';
import { notInASprint } from '../sprints/sprint-queries.ts';
import { type Item, itemAsJsonArray, itemColumns, toItemFromJsonArray } from './item-queries.ts';

export interface ListItemsInput {
  productKey: string;
  types?: ItemType[];
  statuses?: ItemStatus[];
  sources?: ItemSource[];
  /** Items carrying every one of these tags. */
  tags?: string[];
  /**
   * Full-text search over key, title, problem, who it serves and outcome; words match as prefixes,
   * words in double quotes as a phrase; a key or an item number finds that item.
   */
  search?: string;
  includeArchived?: boolean;
  /** Archived items alone, whatever their status (unless statuses are given). */
  onlyArchived?: boolean;
  /** Items that at least this many people asked for. */
  minDemand?: number;
  /** Only items that meet (true) or miss (false) the product's Definition of Ready. */
  ready?: boolean;
  /** The backlog's order (the truth), or most asked-for first (an aid). */
  sort?: 'rank' | 'demand';
  cursor?: string | null;
  limit: number;
}

export type DemandBySource = Record<ItemSource, number>;

export interface RankedItem extends Item {
  demand: number;
  demandBySource: DemandBySource;
  readiness: Readiness;
}

export interface ItemPage {
  items: RankedItem[];
  next: string | null;
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * `invoice exp` → `invoice:* & exp:*`; words in double quotes are a phrase, in that order:
 * `"card payment" refund` → `(card <-> payment:*) & refund:*`. Only letters and digits reach the
 * query syntax.
 */
export function prefixQuery(search: string): string | null {
  const terms: string[] = [];
  let budget = 12;
  // Odd parts were inside quotes (an unclosed quote runs to the end).
  for (const [i, part] of search.split('"').entries()) {
    const words = wordsOf(part).slice(0, budget);
    budget -= words.length;
    if (words.length === 0) continue;
    const prefixed = words.map((word, at) => (at === words.length - 1 ? `${word}:*` : word));
    if (i % 2 === 1 && words.length > 1) terms.push(`(${prefixed.join(' <-> ')})`);
    else terms.push(...words.map((word) => `${word}:*`));
  }
  return terms.length ? terms.join(' & ') : null;
}

/**
 * The item number a search names, if it is a key or a number: `PAY-12`, `pay-12` or `12` name 12
 * in PAY (the text search reads "-12" as a negative number, and a bare number as any word).
 */
export function numberInSearch(search: string, productKey: string): number | null {
  const match = /^\s*(?:([\p{L}]+)-)?(\d{1,9})\s*$/u.exec(search);
  if (!match?.[2]) return null;
  if (match[1] && match[1].toUpperCase() !== productKey.toUpperCase()) return null;
  return Number(match[2]);
}

/** A page's cursor: the last rank seen (in rank order) or how many were seen (by demand). */
type Cursor = { rank: string } | { offset: number };

const encodeCursor = (cursor: Cursor) =>
  Buffer.from('rank' in cursor ? `r:${cursor.rank}` : `o:${cursor.offset}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): Cursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const rank = /^r:([0-9A-Za-z]+)$/.exec(text)?.[1];
  if (rank) return { rank };
  const offset = /^o:(\d{1,7})$/.exec(text)?.[1];
  if (offset) return { offset: Number(offset) };
  throw invalidInput('cursor', 'not a cursor this list gave out');
}

const demandOf = sql<number>`(select count(*) from item_requesters r where r.item_id = items.id)::int`;

/** The source of each request behind an item (one entry per requester): its demand, cheaply. */
const askedFrom = sql<ItemSource[] | null>`(
  select array_agg(coalesce(r.source, items.source)) from item_requesters r where r.item_id = items.id)`;

function demandBySource(sources: readonly ItemSource[]): DemandBySource {
  const counts: DemandBySource = { customer: 0, internal: 0, client_facing: 0 };
  for (const source of sources) counts[source]++;
  return counts;
}

/** The ranked product backlog (what no sprint holds), in order, filtered, a page at a time. */
export async function listItems(ctx: Ctx, input: ListItemsInput): Promise<ItemPage> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  let query = ctx.trx
    .selectFrom('items')
    .select(itemColumns)
    .select(askedFrom.as('asked_from'))
    .where('items.product_id', '=', product.id);
  const statuses = input.statuses?.length
    ? input.statuses
    : input.onlyArchived
      ? itemStatuses
      : activeStatuses;
  query = query.where('items.status', 'in', statuses);
  if (input.onlyArchived) query = query.where('items.archived_at', 'is not', null);
  else if (!input.includeArchived) query = query.where('items.archived_at', 'is', null);
  // The product backlog holds what no sprint has taken.
  query = query.where(notInASprint);
  if (input.types?.length) query = query.where('items.type', 'in', input.types);
  if (input.sources?.length) query = query.where('items.source', 'in', input.sources);
  const tags = normaliseTags(input.tags ?? []);
  if (tags.length) query = query.where(sql<boolean>`items.tags @> ${sql.val(tags)}::text[]`);
  const search = input.search ? prefixQuery(input.search) : null;
  if (input.search?.trim() && !search) return { items: [], next: null };
  const byText = search && sql<boolean>`items.search @@ to_tsquery('english', ${search})`;
  const number = input.search ? numberInSearch(input.search, product.key) : null;
  if (byText && number !== null) query = query.where(sql<boolean>`(${byText} or items.number = ${number})`);
  else if (byText) query = query.where(byText);
  if (input.minDemand) query = query.where(demandOf, '>=', input.minDemand);
  if (input.ready !== undefined) {
    const ready = isReadySql(product.definitionOfReady);
    query = query.where(input.ready ? ready : sql<boolean>`not ${ready}`);
  }
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const byDemand = input.sort === 'demand';
  if (cursor && 'rank' in cursor !== !byDemand)
    throw invalidInput('cursor', 'this cursor belongs to another sort');
  if (cursor && 'rank' in cursor) query = query.where('items.rank', '>', cursor.rank);
  const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
  const ordered = byDemand
    ? query.orderBy(demandOf, 'desc').orderBy('items.rank')
    : query.orderBy('items.rank');
  // The page as one JSON value of arrays: on the embedded database, decoding a hundred wide rows
  // column by column costs more than the query itself.
  const listed = ordered
    .offset(offset)
    .limit(input.limit + 1)
    .as('listed');
  const order = byDemand
    ? sql`cardinality(listed.asked_from) desc nulls last, listed.rank`
    : sql`listed.rank`;
  const { rows } = await ctx.trx
    .selectFrom(listed)
    .select(
      sql<unknown[][] | null>`json_agg(${itemAsJsonArray('listed', ['asked_from'])} order by ${order})`.as(
        'rows',
      ),
    )
    .$if(search !== null, (page) => page.modifyEnd(planEachRun))
    .executeTakeFirstOrThrow();
  const json = rows ?? [];
  const page = json.slice(0, input.limit).map((row) => {
    const { item, extra } = toItemFromJsonArray(row);
    const askedFrom = (extra[0] as ItemSource[] | null) ?? [];
    const bySource = demandBySource(askedFrom);
    return Object.assign(item, {
      demand: askedFrom.length,
      demandBySource: bySource,
      readiness: readinessOf(item, product.definitionOfReady),
    });
  });
  const last = page.at(-1);
  if (json.length <= input.limit || !last) return { items: page, next: null };
  return {
    items: page,
    next: encodeCursor(byDemand ? { offset: offset + page.length } : { rank: last.rank }),
  };
}
