import { type Lack, readinessOf } from '../../domain/readiness.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { findItemByKey } from '../items/item-queries.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';

export interface CommitmentCheck {
  isReady: boolean;
  lacks: Lack[];
  /** Not ready, and the product refuses unready items in a sprint (else: a warning). */
  isRefused: boolean;
}

/** Whether an item may be committed to a sprint: the check sprint planning asks before it does. */
export async function checkCommitment(ctx: Ctx, key: string): Promise<CommitmentCheck> {
  const item = await findItemByKey(ctx.trx, key);
  const product = await findProductById(ctx.trx, item.productId);
  await authorize(ctx, 'item.read', scopeOf(product));
  const readiness = readinessOf(item, product.definitionOfReady);
  return { ...readiness, isRefused: !readiness.isReady && product.refuseUnreadyCommitment };
}
