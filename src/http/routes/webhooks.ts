import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listDeliveries, redeliver, sendTestEvent } from '../../app/webhooks/webhook-deliveries.ts';
import {
  createWebhook,
  getWebhook,
  listWebhooks,
  removeWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../../app/webhooks/webhook-endpoints.ts';
import { errorResponses, noContent, pageOf } from '../contract.ts';
import { runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';
import {
  deliveriesQuery,
  deliverySchema,
  newWebhookBody,
  newWebhookSchema,
  presentDelivery,
  presentWebhook,
  presentWebhookWithSecret,
  redeliverBody,
  redeliveredSchema,
  testDeliverySchema,
  webhookChangeBody,
  webhookIdParam,
  webhookSchema,
  webhookScopeQuery,
} from './webhooks.schema.ts';

const config = { action: 'webhooks.manage' } as const;
const tags = ['webhooks'];

/** Webhooks: a product's (its owners) or the whole workspace's (admins), and their deliveries. */
export const webhookRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/webhooks',
      {
        schema: {
          operationId: 'listWebhooks',
          tags,
          summary: 'A product’s webhooks (`?product=PAY`), or the workspace’s',
          querystring: webhookScopeQuery,
          response: { 200: pageOf(webhookSchema), ...errorResponses(404, 409) },
        },
        config,
      },
      async (request) => {
        const webhooks = await runAs(deps, request, (ctx) =>
          listWebhooks(ctx, { productKey: request.query.product }),
        );
        return { data: webhooks.map(presentWebhook), next: null };
      },
    );

    app.post(
      '/webhooks',
      {
        schema: {
          operationId: 'createWebhook',
          tags,
          summary: 'Add a webhook (its signing secret is shown once)',
          body: newWebhookBody,
          response: { 201: newWebhookSchema, ...errorResponses(404) },
        },
        config,
      },
      async (request, reply) => {
        const { product, ...settings } = request.body;
        const created = await runAs(deps, request, (ctx) =>
          createWebhook(ctx, { ...settings, productKey: product }),
        );
        return reply.status(201).send(presentWebhookWithSecret(created));
      },
    );

    app.get(
      '/webhooks/:id',
      {
        schema: {
          operationId: 'getWebhook',
          tags,
          summary: 'A webhook',
          params: webhookIdParam,
          response: { 200: webhookSchema, ...errorResponses(409) },
        },
        config,
      },
      async (request) => presentWebhook(await runAs(deps, request, (ctx) => getWebhook(ctx, request.params))),
    );

    app.patch(
      '/webhooks/:id',
      {
        schema: {
          operationId: 'updateWebhook',
          tags,
          summary: 'Change a webhook: its address, kinds, description, or turn it on or off',
          params: webhookIdParam,
          body: webhookChangeBody,
          response: { 200: webhookSchema },
        },
        config,
      },
      async (request) =>
        presentWebhook(
          await runAs(deps, request, (ctx) => updateWebhook(ctx, { ...request.body, id: request.params.id })),
        ),
    );

    app.delete(
      '/webhooks/:id',
      {
        schema: {
          operationId: 'removeWebhook',
          tags,
          summary: 'Remove a webhook and its delivery log',
          params: webhookIdParam,
          response: { 204: noContent },
        },
        config,
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) => removeWebhook(ctx, request.params));
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/webhooks/:id/rotate-secret',
      {
        schema: {
          operationId: 'rotateWebhookSecret',
          tags,
          summary: 'A new signing secret (shown once); the old one signs too for 24 hours',
          params: webhookIdParam,
          response: { 200: newWebhookSchema },
        },
        config,
      },
      async (request) =>
        presentWebhookWithSecret(
          await runAs(deps, request, (ctx) => rotateWebhookSecret(ctx, request.params)),
        ),
    );

    app.get(
      '/webhooks/:id/deliveries',
      {
        schema: {
          operationId: 'listWebhookDeliveries',
          tags,
          summary: 'A webhook’s delivery log (30 days), newest first, with each attempt',
          params: webhookIdParam,
          querystring: deliveriesQuery,
          response: { 200: pageOf(deliverySchema), ...errorResponses(409) },
        },
        config,
      },
      async (request) => {
        const page = await runAs(deps, request, (ctx) =>
          listDeliveries(ctx, { webhookId: request.params.id, ...request.query }),
        );
        return { data: page.data.map(presentDelivery), next: page.next };
      },
    );

    app.post(
      '/webhooks/:id/redeliver',
      {
        schema: {
          operationId: 'redeliverWebhook',
          tags,
          summary: 'Send a delivery again, or every failed one',
          params: webhookIdParam,
          body: redeliverBody,
          response: { 200: redeliveredSchema },
        },
        config,
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          redeliver(ctx, {
            webhookId: request.params.id,
            ...('deliveryId' in request.body ? { deliveryId: request.body.deliveryId } : { allFailed: true }),
          }),
        ),
    );

    app.post(
      '/webhooks/:id/test',
      {
        schema: {
          operationId: 'testWebhook',
          tags,
          summary: 'Send a test event (`webhook.test`), even to a webhook turned off',
          params: webhookIdParam,
          response: { 202: testDeliverySchema },
        },
        config,
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(await runAs(deps, request, (ctx) => sendTestEvent(ctx, { webhookId: request.params.id }))),
    );
  };
