import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTransaction } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { replyToRequest, requestStatusByToken } from '../../app/intake/request-status.ts';
import { submitPublicRequest } from '../../app/intake/submit-public-request.ts';
import { findProductByKey } from '../../app/products/product-queries.ts';
import { requestLimits } from '../../domain/request.ts';
import { presentRequestStatus } from '../presenters.ts';
import { productKeyParam, publicRequestBody, replyBody, statusTokenParam } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * What people without an account may do: send a request through a product's open public form,
 * and read or answer their own request behind its status link. Nothing else of the product.
 */
export const publicRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/public/products/:productKey',
      {
        schema: {
          tags: ['public'],
          summary: 'A product’s public form: its name, and whether it is open',
          params: productKeyParam,
        },
        config: { action: null },
      },
      async (request) => {
        const product = await inTransaction(deps, null, (ctx) =>
          findProductByKey(ctx.trx, request.params.productKey),
        );
        if (!product.publicIntakeOpen)
          throw new AppError('not_found', 'This product takes no requests through a public form');
        return { key: product.key, name: product.name, isOpen: true };
      },
    );

    app.post(
      '/public/products/:productKey/requests',
      {
        schema: {
          tags: ['public'],
          summary: 'Send a request without an account',
          params: productKeyParam,
          body: publicRequestBody,
        },
        config: { action: null, rateLimit: { max: requestLimits.publicPerHour, timeWindow: '1 hour' } },
        bodyLimit: 32 * 1024,
      },
      async (request, reply) => {
        const { website, ...content } = request.body;
        if (website) {
          throw new AppError('invalid_input', 'website: leave this field empty', [
            { field: 'website', message: 'must be empty' },
          ]);
        }
        const submitted = await inTransaction(deps, null, (ctx) =>
          submitPublicRequest(ctx, { ...content, productKey: request.params.productKey }),
        );
        return reply.status(201).send({ key: submitted.request.key, statusUrl: submitted.statusUrl });
      },
    );

    app.get(
      '/public/requests/:token',
      {
        schema: { tags: ['public'], summary: 'A request’s status page', params: statusTokenParam },
        config: { action: null },
      },
      async (request) =>
        presentRequestStatus(
          await inTransaction(deps, null, (ctx) => requestStatusByToken(ctx, request.params.token)),
        ),
    );

    app.post(
      '/public/requests/:token/replies',
      {
        schema: {
          tags: ['public'],
          summary: 'Answer the team’s question',
          params: statusTokenParam,
          body: replyBody,
        },
        config: { action: null, rateLimit: { max: 20, timeWindow: '1 hour' } },
        bodyLimit: 32 * 1024,
      },
      async (request, reply) => {
        const status = await inTransaction(deps, null, (ctx) =>
          replyToRequest(ctx, { token: request.params.token, body: request.body.body }),
        );
        return reply.status(201).send(presentRequestStatus(status));
      },
    );
  };
