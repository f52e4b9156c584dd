import { z } from 'zod';
import type { Delivery } from '../../app/webhooks/webhook-deliveries.ts';
import type { WebhookWithSecret } from '../../app/webhooks/webhook-endpoints.ts';
import type { Webhook } from '../../app/webhooks/webhook-queries.ts';
import { eventKinds } from '../../domain/event-catalogue.ts';
import { limits } from '../../domain/item.ts';
import { changeOf, pageQuery, text, timestamp } from '../fields.ts';

/** Webhooks and their deliveries on the wire. */

const productKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{1,9}$/, 'not a product key like PAY')
  .describe(
    'The product whose changes it sends (its owners manage it); left out: the whole workspace’s (admins)',
  );
const eventKind = z.enum(eventKinds, `not an event kind: one of ${eventKinds.slice(0, 4).join(', ')}…`);

const webhookFields = z.strictObject({
  url: text(limits.webhookUrlLength).describe('The receiver: an http:// or https:// address'),
  kinds: z
    .array(eventKind)
    .max(eventKinds.length)
    .nullable()
    .describe('The event kinds it wants; null or empty: every kind'),
  description: text(limits.webhookDescriptionLength),
  isEnabled: z.boolean(),
});

export const newWebhookBody = webhookFields
  .partial({ kinds: true, description: true, isEnabled: true })
  .extend({ product: productKey.optional() });
export const webhookChangeBody = changeOf(webhookFields);
export const webhookScopeQuery = z.strictObject({ product: productKey.optional() });
export const webhookIdParam = z.object({ id: z.uuid('not a webhook id') });
export const deliveriesQuery = pageQuery.extend({
  state: z.enum(['pending', 'delivered', 'failed']).optional(),
});
export const redeliverBody = z.union([
  z.strictObject({ deliveryId: z.string().regex(/^\d{1,18}$/, 'not a delivery id') }),
  z.strictObject({ failed: z.literal(true).describe('Every failed delivery of the webhook') }),
]);

export const webhookSchema = z
  .object({
    id: z.string(),
    product: z.string().nullable().describe('The product’s key; null: the whole workspace’s'),
    url: z.string(),
    kinds: z.array(z.string()).nullable(),
    description: z.string(),
    isEnabled: z.boolean(),
    disabledReason: z.string().nullable().describe('Why Ordo turned it off (410 Gone, every retry failed)'),
    previousSecretUntil: timestamp.nullable().describe('Until when the rotated-out secret signs too'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Webhook', description: 'Where Ordo sends a product’s (or the workspace’s) changes' });

export const newWebhookSchema = webhookSchema
  .extend({
    secret: z.string().describe('The whsec_ signing secret: shown this once; verify deliveries with it'),
  })
  .meta({ id: 'WebhookWithSecret', description: 'A webhook just made, or its secret just rotated' });

const attemptSchema = z.object({
  attempt: z.number(),
  requestHeaders: z.record(z.string(), z.string()),
  responseStatus: z.number().nullable(),
  responseBody: z.string().nullable().describe('The start of the receiver’s answer'),
  error: z.string().nullable(),
  durationMs: z.number(),
  startedAt: timestamp,
});

export const deliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string().nullable().describe('Null for a test delivery'),
    kind: z.string(),
    state: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    nextAttemptAt: timestamp.nullable(),
    lastStatus: z.number().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: timestamp.nullable(),
    createdAt: timestamp,
    payload: z.string().nullable().describe('The body sent (null until the first attempt)'),
    attemptLog: z.array(attemptSchema),
  })
  .meta({ id: 'WebhookDelivery', description: 'One event sent to one webhook, with each attempt' });

export const redeliveredSchema = z.object({ redelivered: z.number() });
export const testDeliverySchema = z.object({ deliveryId: z.string() });

export function presentWebhook(webhook: Webhook): z.input<typeof webhookSchema> {
  return {
    id: webhook.id,
    product: webhook.productKey,
    url: webhook.url,
    kinds: webhook.kinds,
    description: webhook.description,
    isEnabled: webhook.isEnabled,
    disabledReason: webhook.disabledReason,
    previousSecretUntil: webhook.previousSecretUntil,
    createdAt: webhook.createdAt,
    updatedAt: webhook.updatedAt,
  };
}

export function presentWebhookWithSecret({
  webhook,
  secret,
}: WebhookWithSecret): z.input<typeof newWebhookSchema> {
  return { ...presentWebhook(webhook), secret };
}

export function presentDelivery(delivery: Delivery): z.input<typeof deliverySchema> {
  return delivery;
}
