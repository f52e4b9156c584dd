import { authorize, isPermitted, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { findRequestByKey, type Request } from './request-queries.ts';
import { type RequestStatus, statusOf } from './request-status.ts';

/**
 * One request by key: for its requester (who sees what their status page shows) and for the
 * people who triage the product (who see all of it).
 */
export async function getRequest(
  ctx: Ctx,
  key: string,
): Promise<{ request: Request; status: RequestStatus; canTriage: boolean }> {
  const actor = requireActor(ctx);
  const request = await findRequestByKey(ctx.trx, key);
  const product = await findProductById(ctx.trx, request.productId);
  await authorize(ctx, 'product.read', scopeOf(product));
  const canTriage = (await isPermitted(ctx, 'request.triage', scopeOf(product))) !== null;
  if (!canTriage && request.requester.personId !== actor.personId) {
    throw new AppError('not_found', `Request ${key} was not found`);
  }
  return { request, status: await statusOf(ctx, request, product.name), canTriage };
}
