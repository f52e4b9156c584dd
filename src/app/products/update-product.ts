import { normaliseTags } from '../../domain/item.ts';
import type { DefinitionOfReady } from '../../domain/readiness.ts';
import { announceActorsChanged } from '../auth/revocations.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import {
  findProductByKey,
  forgetProducts,
  type Product,
  type StaleRule,
  scopeOf,
  toProduct,
} from './product-queries.ts';

export interface UpdateProductInput {
  key: string;
  name?: string;
  description?: string;
  visibility?: 'workspace' | 'members';
  publicIntakeOpen?: boolean;
  definitionOfReady?: DefinitionOfReady;
  splitThreshold?: number;
  refuseUnreadyCommitment?: boolean;
  refinementCadenceDays?: 7 | 14;
  nextRefinementAt?: Date | null;
  velocityPoints?: number | null;
  timeZone?: string;
  staleRule?: Partial<StaleRule>;
}

export async function updateProduct(ctx: Ctx, input: UpdateProductInput): Promise<Product> {
  const product = await findProductByKey(ctx.trx, input.key);
  await authorize(ctx, 'product.update', scopeOf(product));
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.visibility !== undefined && { visibility: input.visibility }),
    ...(input.publicIntakeOpen !== undefined && { public_intake_open: input.publicIntakeOpen }),
    ...(input.definitionOfReady !== undefined && {
      definition_of_ready: JSON.stringify(input.definitionOfReady),
    }),
    ...(input.splitThreshold !== undefined && { split_threshold: input.splitThreshold }),
    ...(input.refuseUnreadyCommitment !== undefined && {
      refuse_unready_commitment: input.refuseUnreadyCommitment,
    }),
    ...(input.refinementCadenceDays !== undefined && {
      refinement_cadence_days: input.refinementCadenceDays,
    }),
    ...(input.nextRefinementAt !== undefined && { next_refinement_at: input.nextRefinementAt }),
    ...(input.velocityPoints !== undefined && { velocity_points: input.velocityPoints }),
    ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
    ...(input.staleRule?.quarters !== undefined && { stale_quarters: input.staleRule.quarters }),
    ...(input.staleRule?.isAutomatic !== undefined && { stale_auto: input.staleRule.isAutomatic }),
    ...(input.staleRule?.exemptTags !== undefined && {
      stale_exempt_tags: normaliseTags(input.staleRule.exemptTags),
    }),
    ...(input.staleRule?.exemptTypes !== undefined && { stale_exempt_types: input.staleRule.exemptTypes }),
  };
  if (Object.keys(changes).length === 0) return product;
  const row = await ctx.trx
    .updateTable('products')
    .set(changes)
    .where('id', '=', product.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  forgetProducts();
  // Who may read it changed: open live streams reconnect, and so ask again.
  if (input.visibility !== undefined && input.visibility !== product.visibility) {
    await announceActorsChanged(ctx.trx);
  }
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'product.updated',
    data: { after: settingsChanged(input) },
  });
  return toProduct(row);
}

/** The settings a change set, as its event records them (the input, less the product's key). */
function settingsChanged({ key: _key, nextRefinementAt, ...settings }: UpdateProductInput) {
  return {
    ...settings,
    ...(nextRefinementAt !== undefined && { nextRefinementAt: nextRefinementAt?.toISOString() ?? null }),
  };
}
