import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB, ItemRow, ProductRow } from '../../db/schema.ts';
import type { AcceptanceCriterion, ItemSource, ItemStatus, ItemType } from '../../domain/item.ts';
import type { Moscow, RiceInput, WsjfInput } from '../../domain/scoring.ts';
import { notFound } from '../errors.ts';
import { type Product, toProduct } from '../products/product-queries.ts';

/** An item as the app layer hands it on: what every view of an item starts from. */
export interface Item {
  id: string;
  productId: string;
  key: string;
  number: number;
  type: ItemType;
  title: string;
  problem: string;
  serves: string;
  outcome: string;
  acceptanceCriteria: AcceptanceCriterion[];
  estimate: number | null;
  timeboxDays: number | null;
  deadline: string | null;
  tags: string[];
  status: ItemStatus;
  holdReason: string | null;
  source: ItemSource;
  rank: string;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  lastActivityAt: Date;
  archivedAt: Date | null;
  archiveReason: string | null;
  version: number;
  /** Ids of the product's custom readiness checks ticked on the item. */
  readyChecks: string[];
  wsjf: WsjfInput;
  rice: RiceInput;
  moscow: Moscow | null;
}

export function toItem(row: Omit<ItemRow, 'search'>): Item {
  return {
    id: row.id,
    productId: row.product_id,
    key: row.key,
    number: row.number,
    type: row.type,
    title: row.title,
    problem: row.problem,
    serves: row.serves,
    outcome: row.outcome,
    acceptanceCriteria: row.acceptance_criteria,
    estimate: row.estimate,
    timeboxDays: row.timebox_days,
    deadline: row.deadline,
    tags: row.tags,
    status: row.status,
    holdReason: row.hold_reason,
    source: row.source,
    rank: row.rank,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    archivedAt: row.archived_at,
    archiveReason: row.archive_reason,
    version: row.version,
    readyChecks: row.ready_checks,
    wsjf: {
      businessValue: row.wsjf_business_value,
      timeCriticality: row.wsjf_time_criticality,
      riskReduction: row.wsjf_risk_reduction,
      jobSize: row.wsjf_job_size,
    },
    rice: {
      reach: row.rice_reach,
      impact: row.rice_impact === null ? null : Number(row.rice_impact),
      confidence: row.rice_confidence,
      effort: row.rice_effort === null ? null : Number(row.rice_effort),
    },
    moscow: row.moscow,
  };
}

/** Every column but the search vector, which stays in the database. */
export const itemColumns = [
  'items.id',
  'items.product_id',
  'items.number',
  'items.key',
  'items.type',
  'items.title',
  'items.problem',
  'items.serves',
  'items.outcome',
  'items.acceptance_criteria',
  'items.estimate',
  'items.timebox_days',
  'items.deadline',
  'items.tags',
  'items.status',
  'items.hold_reason',
  'items.source',
  'items.rank',
  'items.created_by',
  'items.created_at',
  'items.updated_at',
  'items.last_activity_at',
  'items.archived_at',
  'items.archive_reason',
  'items.version',
  'items.ready_checks',
  'items.wsjf_business_value',
  'items.wsjf_time_criticality',
  'items.wsjf_risk_reduction',
  'items.wsjf_job_size',
  'items.rice_reach',
  'items.rice_impact',
  'items.rice_confidence',
  'items.rice_effort',
  'items.moscow',
] as const;

const itemColumnNames = itemColumns.map((column) => column.slice('items.'.length));
/** Every column already in place: filling a copy is twice as fast as adding keys one by one. */
const emptyItemRow: Record<string, unknown> = Object.fromEntries(
  itemColumnNames.map((column) => [column, null]),
);

/**
 * A row of the subquery `alias` (holding `itemColumns`, then `extra` columns) as one JSON array
 * of its values in that order. For many rows at once: on the embedded database the keys of JSON
 * objects cost a sixth of a page of the backlog.
 */
export function itemAsJsonArray(alias: string, extra: readonly string[] = []): RawBuilder<unknown[]> {
  const columns = [...itemColumnNames, ...extra].map((column) => sql.ref(`${alias}.${column}`));
  return sql<unknown[]>`json_build_array(${sql.join(columns)})`;
}

/** An item from `itemAsJsonArray`'s values, with the values of the extra columns after it. */
export function toItemFromJsonArray(values: unknown[]): { item: Item; extra: unknown[] } {
  const row = { ...emptyItemRow };
  for (const [i, column] of itemColumnNames.entries()) row[column] = values[i];
  row.created_at = new Date(row.created_at as string);
  row.updated_at = new Date(row.updated_at as string);
  row.last_activity_at = new Date(row.last_activity_at as string);
  row.archived_at = row.archived_at ? new Date(row.archived_at as string) : null;
  return {
    item: toItem(row as unknown as Omit<ItemRow, 'search'>),
    extra: values.slice(itemColumnNames.length),
  };
}

export async function findItemByKey(trx: Kysely<DB>, key: string): Promise<Item> {
  const row = await trx
    .selectFrom('items')
    .select(itemColumns)
    .where('key', '=', key.toUpperCase())
    .executeTakeFirst();
  if (!row) throw notFound(`Item ${key}`);
  return toItem(row);
}

/** A product row that came as JSON (`to_json(products)`), with its dates made dates. */
function productFromJson(json: unknown): Product {
  const row = json as ProductRow;
  return toProduct({
    ...row,
    created_at: new Date(row.created_at),
    next_refinement_at: row.next_refinement_at && new Date(row.next_refinement_at),
    archived_at: row.archived_at && new Date(row.archived_at),
  });
}

/** An item and its product in one read: what every operation on one item starts from. */
export async function findItemWithProduct(
  trx: Kysely<DB>,
  key: string,
): Promise<{ item: Item; product: Product }> {
  const row = await trx
    .selectFrom('items')
    .innerJoin('products', 'products.id', 'items.product_id')
    .select(itemColumns)
    .select((eb) => eb.fn.toJson('products').as('product'))
    .where('items.key', '=', key.toUpperCase())
    .executeTakeFirst();
  if (!row) throw notFound(`Item ${key}`);
  return { item: toItem(row), product: productFromJson(row.product) };
}

/**
 * An item's id and key with its product, the product's row locked (see `lockProduct`): one
 * statement where a move would otherwise need two, reading no more of the item than it needs.
 */
export async function lockItemRef(
  trx: Kysely<DB>,
  key: string,
): Promise<{ item: { id: string; key: string }; product: Product }> {
  const row = await trx
    .selectFrom('items')
    .innerJoin('products', 'products.id', 'items.product_id')
    .select(['items.id', 'items.key'])
    .select((eb) => eb.fn.toJson('products').as('product'))
    .where('items.key', '=', key.toUpperCase())
    .forUpdate('products')
    .executeTakeFirst();
  if (!row) throw notFound(`Item ${key}`);
  return { item: { id: row.id, key: row.key }, product: productFromJson(row.product) };
}

export async function findItemsByKeys(
  trx: Kysely<DB>,
  productId: string,
  keys: string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await trx
    .selectFrom('items')
    .select(['id', 'key'])
    .where('product_id', '=', productId)
    .where(
      'key',
      'in',
      keys.map((key) => key.toUpperCase()),
    )
    .execute();
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Takes the product's next item number; the product row's lock serialises it. */
export async function takeItemNumber(trx: Kysely<DB>, productId: string): Promise<number> {
  const row = await trx
    .updateTable('products')
    .set({ next_item_number: sql`next_item_number + 1` })
    .where('id', '=', productId)
    .returning(sql<number>`next_item_number - 1`.as('number'))
    .executeTakeFirstOrThrow();
  return row.number;
}
