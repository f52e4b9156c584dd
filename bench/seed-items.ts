import { type Insertable, sql } from 'kysely';
import { type Actor, inTransaction } from '../src/app/context.ts';
import { insertPerson } from '../src/app/people/insert-person.ts';
import { createProduct } from '../src/app/products/create-product.ts';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { ItemsTable } from '../src/db/schema.ts';
import {
  estimateScale,
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemKey,
} from '../src/domain/item.ts';
import { spacedRanks } from '../src/domain/rank.ts';
import { itemOutcome, itemProblem, itemServes, itemTitle, tagPool } from './backlog-text.ts';
import { seededRandom } from './measure.ts';

/** Seeds a benchmark backlog straight in SQL: a workspace, its admin, product BEN and N items. */

export const productKey = 'BEN';
export const benchAdmin = { name: 'Bench Admin', email: 'bench@ordo.test', password: 'bench-password-42' };

export interface Seeded {
  productId: string;
  adminId: string;
  items: number;
}

type Weighted<T> = readonly (readonly [T, number])[];
const types: Weighted<ItemType> = [
  ['story', 45],
  ['bug', 20],
  ['task', 15],
  ['enhancement', 10],
  ['spike', 5],
  ['compliance', 5],
];
const statuses: Weighted<ItemStatus> = [
  ['open', 75],
  ['in_progress', 10],
  ['on_hold', 5],
  ['done', 10],
];
const sources: Weighted<ItemSource> = [
  ['internal', 50],
  ['customer', 35],
  ['client_facing', 15],
];

function weighted<T>(random: () => number, choices: Weighted<T>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

const dayMs = 86_400_000;
const batchSize = 1_000;

function itemRow(random: () => number, productId: string, adminId: string, number: number, rank: string) {
  const type = weighted(random, types);
  const status = weighted(random, statuses);
  const createdAt = new Date(Date.now() - Math.floor(random() * 730) * dayMs);
  const lastActivityAt = new Date(
    createdAt.getTime() + Math.floor(random() * (Date.now() - createdAt.getTime())),
  );
  const isArchived = random() < 0.03;
  const criteria = Array.from({ length: Math.floor(random() * 4) }, (_, i) => ({
    text: `Criterion ${i + 1}: ${itemTitle(random).toLowerCase()}`,
    done: random() < 0.3,
  }));
  const tags = [
    ...new Set(
      Array.from({ length: Math.floor(random() * 3) }, () => tagPool[Math.floor(random() * tagPool.length)]),
    ),
  ];
  return {
    product_id: productId,
    number,
    key: itemKey(productKey, number),
    type,
    title: itemTitle(random),
    problem: itemProblem(random),
    serves: random() < 0.7 ? itemServes(random) : '',
    outcome: random() < 0.6 ? itemOutcome(random) : '',
    acceptance_criteria: JSON.stringify(criteria),
    estimate: random() < 0.6 ? (estimateScale[Math.floor(random() * 7)] ?? null) : null,
    timebox_days: type === 'spike' ? 1 + Math.floor(random() * 5) : null,
    deadline:
      type === 'compliance' ? new Date(Date.now() + random() * 365 * dayMs).toISOString().slice(0, 10) : null,
    tags: tags.filter((tag) => tag !== undefined),
    status,
    hold_reason: status === 'on_hold' ? 'Waiting on the payment provider' : null,
    source: weighted(random, sources),
    rank,
    created_by: adminId,
    created_at: createdAt,
    updated_at: lastActivityAt,
    last_activity_at: lastActivityAt,
    archived_at: isArchived ? lastActivityAt : null,
    archive_reason: isArchived ? 'obsolete' : null,
  } satisfies Insertable<ItemsTable>;
}

async function seedPeopleAndProduct(database: Database): Promise<{ productId: string; admin: Actor }> {
  const db = database.db;
  const workspace = await db
    .insertInto('workspaces')
    .values({ name: 'Bench workspace' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await insertPerson(db, workspace.id, { ...benchAdmin, isAdmin: true }, new Date());
  const admin: Actor = { personId: person.id, workspaceId: workspace.id, ...benchAdmin, isAdmin: true };
  const product = await inTransaction(
    { db, now: () => new Date(), baseUrl: 'http://127.0.0.1' },
    admin,
    (ctx) => createProduct(ctx, { key: productKey, name: 'Bench' }),
  );
  return { productId: product.id, admin };
}

/**
 * Migrates, then seeds: items in multi-row INSERTs of 1,000, evenly spaced ranks, and for each
 * item what creating it through the app leaves behind (its creator watching, an `item.created`
 * event; a requester on one item in ten).
 */
export async function seedBacklog(
  database: Database,
  size: number,
  progress: (line: string) => void,
): Promise<Seeded> {
  await migrate(database);
  const { productId, admin } = await seedPeopleAndProduct(database);
  const db = database.db;
  const random = seededRandom(size);
  const ranks = spacedRanks(size);
  for (let start = 0; start < size; start += batchSize) {
    const rows = [];
    for (let i = start; i < Math.min(size, start + batchSize); i++) {
      rows.push(itemRow(random, productId, admin.personId, i + 1, ranks[i] as string));
    }
    await db.insertInto('items').values(rows).execute();
    if ((start / batchSize) % 20 === 19)
      progress(`  seeded ${(start + batchSize).toLocaleString('en')} items`);
  }
  await db
    .updateTable('products')
    .set({ next_item_number: size + 1 })
    .where('id', '=', productId)
    .execute();
  await sql`INSERT INTO watchers (item_id, person_id, created_at)
    SELECT id, created_by, created_at FROM items WHERE product_id = ${productId}`.execute(db);
  await sql`INSERT INTO item_requesters (item_id, name, email, source, created_at)
    SELECT id, 'Customer ' || number, 'customer' || number || '@example.com', 'customer', created_at
    FROM items WHERE product_id = ${productId} AND number % 10 = 0`.execute(db);
  await sql`INSERT INTO events (workspace_id, product_id, item_id, actor_id, kind, data, created_at)
    SELECT ${admin.workspaceId}::uuid, product_id, id, created_by, 'item.created',
      jsonb_build_object('after', jsonb_build_object('type', type, 'title', title, 'status', status, 'source', source)),
      created_at
    FROM items WHERE product_id = ${productId} ORDER BY created_at`.execute(db);
  return { productId, adminId: admin.personId, items: size };
}
