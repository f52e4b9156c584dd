import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { tellRequester } from '../notifications/requester-notices.ts';
import { findProductByKey, type Product } from '../products/product-queries.ts';
import { newStatusLink } from './request-queries.ts';
import { insertRequest, type RequestContent, type SubmittedRequest } from './submit-request.ts';

export interface PublicRequestInput extends RequestContent {
  productKey: string;
  name: string;
  email: string;
}

/** The product behind a public form, if its owner opened one; otherwise it is not found. */
export async function findOpenPublicForm(trx: Kysely<DB>, productKey: string): Promise<Product> {
  const product = await findProductByKey(trx, productKey);
  if (!product.publicIntakeOpen || product.archivedAt)
    throw new AppError('not_found', 'This product takes no requests through a public form');
  return product;
}

/**
 * A customer with no account asks through the product's public form, if its owner opened one.
 * The answer is the status link, and nothing else of the product.
 */
export async function submitPublicRequest(ctx: Ctx, input: PublicRequestInput): Promise<SubmittedRequest> {
  const product = await findOpenPublicForm(ctx.trx, input.productKey);
  const request = await insertRequest(ctx, product, {
    title: input.title,
    problem: input.problem ?? '',
    source: 'customer',
    channel: 'public',
    requester: { personId: null, name: input.name, email: input.email },
  });
  await tellRequester(ctx, request, { kind: 'received' }, { dedupeKey: `${request.id}:received` });
  return { request, statusUrl: await newStatusLink(ctx, request.id) };
}
