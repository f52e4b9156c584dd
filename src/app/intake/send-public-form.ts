import { abuseLimits } from '../../domain/abuse-limits.ts';
import { requestKey } from '../../domain/request.ts';
import { newSecret } from '../auth/secrets.ts';
import type { Ctx } from '../context.ts';
import { counter, spendAllowance } from '../limits/limit-counters.ts';
import type { Product } from '../products/product-queries.ts';
import { statusUrl } from './request-queries.ts';
import { findOpenPublicForm, type PublicRequestInput, submitPublicRequest } from './submit-public-request.ts';

export interface PublicFormInput extends PublicRequestInput {
  /** The sender's IP address: each product's form allows so many requests an hour from one. */
  address: string;
  /** The honeypot: a field people never see, so a form that fills it is a robot's. */
  website?: string | undefined;
}

/** What the sender is told: the request's reference and its status link. */
export interface PublicFormAnswer {
  key: string;
  statusUrl: string;
}

/**
 * What the public form does with a submission: counts it against the product's allowance for
 * the address (429 past it), then files the request — or, when the honeypot is filled, answers
 * just as if it had and stores nothing, so a robot learns nothing to change.
 */
export async function sendPublicForm(ctx: Ctx, input: PublicFormInput): Promise<PublicFormAnswer> {
  const { address, website, ...content } = input;
  const product = await findOpenPublicForm(ctx.trx, input.productKey);
  await spendAllowance(ctx.trx, [counter(abuseLimits.publicRequest, product.id, address)], ctx.now());
  if (website) return decoyAnswer(ctx, product);
  const submitted = await submitPublicRequest(ctx, content);
  return { key: submitted.request.key, statusUrl: submitted.statusUrl };
}

/** A reference and a link shaped like real ones; the link leads nowhere. */
async function decoyAnswer(ctx: Ctx, product: Product): Promise<PublicFormAnswer> {
  const next = await ctx.trx
    .selectFrom('products')
    .select('next_request_number')
    .where('id', '=', product.id)
    .executeTakeFirstOrThrow();
  return {
    key: requestKey(product.key, next.next_request_number),
    statusUrl: statusUrl(ctx, newSecret('req')),
  };
}
