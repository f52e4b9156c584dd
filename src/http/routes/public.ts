import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTransaction, withoutTransaction } from '../../app/context.ts';
import { replyToRequest, requestStatusByToken } from '../../app/intake/request-status.ts';
import { sendPublicForm } from '../../app/intake/send-public-form.ts';
import { findOpenPublicForm } from '../../app/intake/submit-public-request.ts';
import { errorResponses } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import {
  presentPublicForm,
  presentPublicFormAnswer,
  publicFormAnswerSchema,
  publicFormSchema,
  publicRequestBody,
  statusTokenParam,
} from './public.schema.ts';
import { presentRequestStatus, replyBody, requestStatusSchema } from './requests.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * What people without an account may do: send a request through a product's open public form,
 * and read or answer their own request behind its status link. Nothing else of the product.
 * Sending and answering are limited per address (and per product): src/domain/abuse-limits.ts.
 */
export const publicRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/public/products/:productKey',
      {
        schema: {
          operationId: 'getPublicForm',
          tags: ['public'],
          summary: 'A product’s public form: its name, and whether it is open',
          params: productKeyParam,
          response: { 200: publicFormSchema },
        },
        config: { action: null },
      },
      async (request) => {
        const product = await withoutTransaction(deps, null, (ctx) =>
          findOpenPublicForm(ctx.trx, request.params.productKey),
        );
        return presentPublicForm(product);
      },
    );

    app.post(
      '/public/products/:productKey/requests',
      {
        schema: {
          operationId: 'submitPublicRequest',
          tags: ['public'],
          summary: 'Send a request without an account',
          params: productKeyParam,
          body: publicRequestBody,
          response: { 201: publicFormAnswerSchema, ...errorResponses(429) },
        },
        config: { action: null },
        bodyLimit: 32 * 1024,
      },
      async (request, reply) => {
        const answer = await inTransaction(deps, null, (ctx) =>
          sendPublicForm(ctx, {
            ...request.body,
            productKey: request.params.productKey,
            address: request.ip,
          }),
        );
        return reply.status(201).send(presentPublicFormAnswer(answer));
      },
    );

    app.get(
      '/public/requests/:token',
      {
        schema: {
          operationId: 'getRequestStatus',
          tags: ['public'],
          summary: 'A request’s status page',
          params: statusTokenParam,
          response: { 200: requestStatusSchema },
        },
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
          operationId: 'replyToRequest',
          tags: ['public'],
          summary: 'Answer the team’s question',
          params: statusTokenParam,
          body: replyBody,
          response: { 201: requestStatusSchema, ...errorResponses(429) },
        },
        config: { action: null },
        bodyLimit: 32 * 1024,
      },
      async (request, reply) => {
        const status = await inTransaction(deps, null, (ctx) =>
          replyToRequest(ctx, { token: request.params.token, body: request.body.body, address: request.ip }),
        );
        return reply.status(201).send(presentRequestStatus(status));
      },
    );
  };
