import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { z } from 'zod';
import { testPayloadSchema, webhookPayloadSchema } from '../app/webhooks/webhook-payload.ts';
import { eventCatalogue, eventKinds } from '../domain/event-catalogue.ts';

/**
 * The OpenAPI document's `webhooks` section, from the event catalogue: one entry per kind of
 * event, with the body Ordo POSTs and the Standard Webhooks headers that sign it.
 */
type Webhooks = Extract<
  NonNullable<FastifyDynamicSwaggerOptions['openapi']>,
  { webhooks?: unknown }
>['webhooks'];

const signedHeaders = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The message id: the same in every retry of one event, so a receiver can de-duplicate',
    schema: { type: 'string' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'When this attempt was sent, in seconds since 1970',
    schema: { type: 'string' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` under the whsec_ secret; ' +
      'two, space-separated, while a rotated-out secret still signs',
    schema: { type: 'string' },
  },
];

function jsonSchema(schema: z.ZodType) {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return rest;
}

function webhookEntry(name: string, summary: string, schema: z.ZodType) {
  return {
    post: {
      operationId: `${name.replace(/[._](\w)/g, (_match, letter: string) => letter.toUpperCase())}Webhook`,
      summary,
      tags: ['webhooks'],
      parameters: signedHeaders,
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(schema) } } },
      responses: {
        '200': { description: 'Received (any 2xx is success; anything else is retried)' },
        '410': { description: 'Gone: Ordo turns the webhook off' },
      },
    },
  };
}

export function webhookDocument(): Webhooks {
  // JSON Schema from zod is what OpenAPI 3.1 takes; the swagger types know only their own shapes.
  return {
    ...Object.fromEntries(
      eventKinds.map((kind) => [
        kind,
        webhookEntry(kind, eventCatalogue[kind].summary, webhookPayloadSchema(kind)),
      ]),
    ),
    'webhook.test': webhookEntry('webhook.test', 'A test event, sent when asked', testPayloadSchema),
  } as unknown as Webhooks;
}
