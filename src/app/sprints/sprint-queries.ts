import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { averageVelocity } from '../../domain/sprint-planning.ts';
import { notFound } from '../errors.ts';
import { findProductById, type Product } from '../products/product-queries.ts';

export interface Sprint {
  id: string;
  productId: string;
  number: number;
  name: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  capacityPoints: number;
  state: 'planned' | 'active' | 'closed';
  activatedAt: Date | null;
  closedAt: Date | null;
  committedPoints: number | null;
  completedPoints: number | null;
  summary: SprintSummary | null;
}

export interface SprintSummary {
  committed: { items: number; points: number };
  done: { items: number; points: number };
  returned: string[];
  carriedOver: string[];
}

type SprintRow = Awaited<ReturnType<typeof selectSprints>>[number];

function selectSprints(trx: Kysely<DB>) {
  return trx.selectFrom('sprints').selectAll().execute();
}

export function toSprint(row: SprintRow): Sprint {
  return {
    id: row.id,
    productId: row.product_id,
    number: row.number,
    name: row.name,
    goal: row.goal,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    capacityPoints: row.capacity_points,
    state: row.state,
    activatedAt: row.activated_at,
    closedAt: row.closed_at,
    committedPoints: row.committed_points,
    completedPoints: row.completed_points,
    summary: row.summary as SprintSummary | null,
  };
}

export async function findSprint(trx: Kysely<DB>, id: string): Promise<{ sprint: Sprint; product: Product }> {
  const row = await trx.selectFrom('sprints').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Sprint');
  return { sprint: toSprint(row), product: await findProductById(trx, row.product_id) };
}

/** The sprint an item is in now, if any. */
export async function currentSprintOf(trx: Kysely<DB>, itemId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('sprint_items')
    .select('sprint_id')
    .where('item_id', '=', itemId)
    .where('is_current', '=', true)
    .executeTakeFirst();
  return row?.sprint_id ?? null;
}

/** Items in a current sprint are out of the product backlog's order: the condition that says so. */
export const notInASprint = sql<boolean>`not exists (select 1 from sprint_items si where si.item_id = items.id and si.is_current)`;

/** Points committed to the sprint now (the estimates of its current items). */
export async function committedPoints(trx: Kysely<DB>, sprintId: string): Promise<number> {
  const row = await trx
    .selectFrom('sprint_items')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('items.estimate'), eb.val(0)).as('points'))
    .where('sprint_items.sprint_id', '=', sprintId)
    .where('sprint_items.is_current', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.points);
}

/**
 * The team's velocity: the mean of its last three closed sprints, else the product's setting;
 * and which of the two it is.
 */
export async function teamVelocity(
  trx: Kysely<DB>,
  product: Product,
): Promise<{ velocity: number | null; basis: 'history' | 'setting' | 'none' }> {
  const closed = await trx
    .selectFrom('sprints')
    .select('completed_points')
    .where('product_id', '=', product.id)
    .where('state', '=', 'closed')
    .orderBy('number', 'desc')
    .limit(3)
    .execute();
  const fromHistory = averageVelocity(closed.map((sprint) => sprint.completed_points ?? 0).reverse());
  if (fromHistory !== null) return { velocity: fromHistory, basis: 'history' };
  return { velocity: product.velocityPoints, basis: product.velocityPoints !== null ? 'setting' : 'none' };
}
