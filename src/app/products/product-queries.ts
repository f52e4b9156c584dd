import type { Kysely } from 'kysely';
import type { DB, ProductRow } from '../../db/schema.ts';
import { type DefinitionOfReady, defaultDefinitionOfReady } from '../../domain/readiness.ts';
import type { ProductScope } from '../authorize.ts';
import { notFound } from '../errors.ts';

export interface Product {
  id: string;
  workspaceId: string;
  key: string;
  name: string;
  description: string;
  visibility: 'workspace' | 'members';
  /** Whether customers without an account may send requests through the public form. */
  publicIntakeOpen: boolean;
  definitionOfReady: DefinitionOfReady;
  /** Estimates above this are too large for one sprint. */
  splitThreshold: number;
  /** Whether committing an item that is not ready to a sprint is refused (else it warns). */
  refuseUnreadyCommitment: boolean;
  refinementCadenceDays: 7 | 14;
  nextRefinementAt: Date | null;
  velocityPoints: number | null;
  /** The zone that decides calendar quarters for the stale rule. */
  timeZone: string;
  staleRule: StaleRule;
  createdAt: Date;
  /** When it was archived; null while it is in use. */
  archivedAt: Date | null;
}

export interface StaleRule {
  /** Untouched for this many complete calendar quarters: stale. */
  quarters: number;
  /** Applied by itself when a quarter turns, or only on demand. */
  isAutomatic: boolean;
  exemptTags: string[];
  exemptTypes: string[];
}

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    name: row.name,
    description: row.description,
    visibility: row.visibility,
    publicIntakeOpen: row.public_intake_open,
    definitionOfReady: { ...defaultDefinitionOfReady, ...row.definition_of_ready },
    splitThreshold: row.split_threshold,
    refuseUnreadyCommitment: row.refuse_unready_commitment,
    refinementCadenceDays: row.refinement_cadence_days,
    nextRefinementAt: row.next_refinement_at,
    velocityPoints: row.velocity_points,
    timeZone: row.time_zone,
    staleRule: {
      quarters: row.stale_quarters,
      isAutomatic: row.stale_auto,
      exemptTags: row.stale_exempt_tags,
      exemptTypes: row.stale_exempt_types,
    },
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

export function scopeOf(product: Product): ProductScope {
  return {
    id: product.id,
    workspaceId: product.workspaceId,
    visibility: product.visibility,
    isArchived: product.archivedAt !== null,
  };
}

/*
 * Products read outside a transaction (the reads of GET requests) are remembered for a moment,
 * per database: nearly every request starts by looking its product up, and on the embedded
 * database a statement has a fixed cost. A write of a product's settings in this process forgets
 * them at once (`forgetProducts`); other instances see it within the time to live. Operations in
 * a transaction always read the row.
 */
const rememberMs = 2_000;
const remembered = new WeakMap<
  Kysely<DB>,
  Map<string, { product: Product; generation: number; until: number }>
>();
let generation = 0;

/** Call after writing a product's settings: no product read before is answered from memory again. */
export function forgetProducts(): void {
  generation++;
}

export async function findProductByKey(trx: Kysely<DB>, key: string): Promise<Product> {
  const upper = key.toUpperCase();
  const cache = trx.isTransaction ? null : remembered.get(trx);
  const hit = cache?.get(upper);
  if (hit && hit.generation === generation && hit.until > Date.now()) return hit.product;
  const row = await trx.selectFrom('products').selectAll().where('key', '=', upper).executeTakeFirst();
  if (!row) throw notFound(`Product ${key}`);
  const product = toProduct(row);
  if (!trx.isTransaction) {
    const entries = cache ?? new Map();
    if (entries.size >= 1_000) entries.clear();
    entries.set(upper, { product, generation, until: Date.now() + rememberMs });
    remembered.set(trx, entries);
  }
  return product;
}

export async function findProductById(trx: Kysely<DB>, id: string): Promise<Product> {
  const row = await trx.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Product');
  return toProduct(row);
}

/** Serialises writes that depend on a product's order or numbering: moves, creates. */
export async function lockProduct(trx: Kysely<DB>, productId: string): Promise<void> {
  await trx.selectFrom('products').select('id').where('id', '=', productId).forUpdate().execute();
}
