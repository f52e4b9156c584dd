import type { Kysely } from 'kysely';
import { type Actor, type Ctx, inTransaction } from '../src/app/context.ts';
import { type CreateItemInput, createItem } from '../src/app/items/create-item.ts';
import type { Item } from '../src/app/items/item-queries.ts';
import { insertPerson } from '../src/app/people/insert-person.ts';
import { createProduct } from '../src/app/products/create-product.ts';
import { createSprint } from '../src/app/sprints/create-sprint.ts';
import type { Sprint } from '../src/app/sprints/sprint-queries.ts';
import type { DB } from '../src/db/schema.ts';
import type { ProductRole } from '../src/domain/permissions.ts';
import type { ProductDocument } from '../src/domain/product-document.ts';
import { defaultDefinitionOfReady } from '../src/domain/readiness.ts';

export const testPassword = 'correct horse battery';
export const testBaseUrl = 'http://ordo.test';

export type WorldRole = ProductRole | 'admin' | 'outsider' | 'stranger';

/** A workspace with one person in each role of product `productKey`, plus: an outsider (same
 * workspace, no membership, so a viewer by visibility) and a stranger (another workspace). */
export interface World {
  db: Kysely<DB>;
  productKey: string;
  actors: Record<WorldRole, Actor>;
  ctx(role: WorldRole, now?: () => Date): Ctx;
  /** Runs an operation as `role` in its own transaction, as the HTTP layer does. */
  as<T>(role: WorldRole, operation: (ctx: Ctx) => Promise<T>): Promise<T>;
}

let counter = 0;

async function buildWorkspace(db: Kysely<DB>, name: string): Promise<string> {
  const row = await db.insertInto('workspaces').values({ name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function buildPerson(
  db: Kysely<DB>,
  workspaceId: string,
  options: { name?: string; isAdmin?: boolean } = {},
): Promise<Actor> {
  counter++;
  const name = options.name ?? `Person ${counter}`;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${counter}.${process.pid}@test.example`;
  const person = await insertPerson(
    db,
    workspaceId,
    { name, email, password: testPassword, isAdmin: options.isAdmin ?? false },
    new Date(),
  );
  return {
    personId: person.id,
    workspaceId,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
  };
}

export async function buildWorld(db: Kysely<DB>, productKey = 'PAY'): Promise<World> {
  const workspaceId = await buildWorkspace(db, 'Test workspace');
  const admin = await buildPerson(db, workspaceId, { name: 'Ada Admin', isAdmin: true });
  const ctx = (actor: Actor, now: () => Date = () => new Date()): Ctx => ({
    trx: db,
    actor,
    now,
    baseUrl: testBaseUrl,
  });
  await inTransaction({ db, now: () => new Date(), baseUrl: testBaseUrl }, admin, (c) =>
    createProduct(c, { key: productKey, name: 'Payments' }),
  );
  const product = await db
    .selectFrom('products')
    .select('id')
    .where('key', '=', productKey)
    .executeTakeFirstOrThrow();
  const actors = { admin } as Record<WorldRole, Actor>;
  for (const role of ['owner', 'editor', 'member', 'stakeholder', 'viewer'] as const) {
    actors[role] = await buildPerson(db, workspaceId, { name: `${role} person` });
    await db
      .insertInto('memberships')
      .values({ product_id: product.id, person_id: actors[role].personId, role })
      .execute();
  }
  actors.outsider = await buildPerson(db, workspaceId, { name: 'Outsider' });
  actors.stranger = await buildPerson(db, await buildWorkspace(db, 'Elsewhere'), { name: 'Stranger' });
  return {
    db,
    productKey,
    actors,
    ctx: (role, now) => ctx(actors[role], now),
    as: (role, operation) =>
      inTransaction({ db, now: () => new Date(), baseUrl: testBaseUrl }, actors[role], operation),
  };
}

export async function buildItem(
  world: World,
  overrides: Partial<CreateItemInput> = {},
  role: WorldRole = 'owner',
): Promise<Item> {
  counter++;
  return world.as(role, (ctx) =>
    createItem(ctx, { productKey: world.productKey, type: 'story', title: `Item ${counter}`, ...overrides }),
  );
}

/** A planned two-week sprint of the world's product, 20 points of capacity. */
export function buildSprint(world: World, role: WorldRole = 'owner'): Promise<Sprint> {
  return world.as(role, (ctx) =>
    createSprint(ctx, {
      productKey: world.productKey,
      startsOn: '2027-01-04',
      endsOn: '2027-01-15',
      capacityPoints: 20,
    }),
  );
}

/** The smallest product document an import takes: a product with nothing in it. */
export function emptyProductDocument(key: string): ProductDocument {
  const at = '2026-01-05T09:00:00.000Z';
  return {
    format: 'ordo.product',
    version: 1,
    exportedAt: at,
    product: {
      key,
      name: `Imported ${key}`,
      description: '',
      visibility: 'workspace',
      publicIntakeOpen: false,
      definitionOfReady: { ...defaultDefinitionOfReady },
      splitThreshold: 13,
      refuseUnreadyCommitment: false,
      refinementCadenceDays: 14,
      nextRefinementAt: null,
      velocityPoints: null,
      allowOverlappingSprints: false,
      timeZone: 'UTC',
      staleRule: { quarters: 3, isAutomatic: false, exemptTags: [], exemptTypes: [] },
      createdAt: at,
    },
    members: [],
    items: [],
    sprints: [],
    releases: [],
    refinementSessions: [],
    events: [],
  };
}
