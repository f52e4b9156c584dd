import { sql } from 'kysely';
import type { EventKind } from '../../domain/event-catalogue.ts';
import type { Ctx } from '../context.ts';
import { invalidInput, notFound } from '../errors.ts';
import { webhooksChannel } from './webhook-dispatcher.ts';
import { manageableWebhook } from './webhook-endpoints.ts';
import { testPayload } from './webhook-payload.ts';

export interface DeliveryAttempt {
  attempt: number;
  requestHeaders: Record<string, string>;
  responseStatus: number | null;
  /** The start of the receiver's answer. */
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  startedAt: Date;
}

export interface Delivery {
  id: string;
  /** Null for a test delivery. */
  eventId: string | null;
  kind: EventKind | 'webhook.test';
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  /** The body sent (null until the first attempt). */
  payload: string | null;
  attemptLog: DeliveryAttempt[];
}

/** A webhook's deliveries, newest first, each with its attempts. */
export async function listDeliveries(
  ctx: Ctx,
  input: { webhookId: string; state?: Delivery['state']; cursor?: string | null; limit: number },
): Promise<{ data: Delivery[]; next: string | null }> {
  const webhook = await manageableWebhook(ctx, input.webhookId);
  if (input.cursor && !/^\d{1,18}$/.test(input.cursor))
    throw invalidInput('cursor', 'not a cursor this list gave');
  const rows = await ctx.trx
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('webhook_id', '=', webhook.id)
    .$if(input.state !== undefined, (query) => query.where('state', '=', input.state as Delivery['state']))
    .$if(Boolean(input.cursor), (query) => query.where('id', '<', input.cursor as string))
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const attempts = page.length
    ? await ctx.trx
        .selectFrom('webhook_attempts')
        .selectAll()
        .where(
          'delivery_id',
          'in',
          page.map((row) => row.id),
        )
        .orderBy('attempt')
        .execute()
    : [];
  const data = page.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    kind: row.kind as Delivery['kind'],
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? row.next_attempt_at : null,
    lastStatus: row.last_status,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
    payload: row.payload,
    attemptLog: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map((attempt) => ({
        attempt: attempt.attempt,
        requestHeaders: attempt.request_headers,
        responseStatus: attempt.response_status,
        responseBody: attempt.response_body,
        error: attempt.error,
        durationMs: attempt.duration_ms,
        startedAt: attempt.started_at,
      })),
  }));
  return { data, next: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * Sends a delivery again (or every failed one of the webhook): it goes back in the queue with a
 * full set of retries, keeping its id and body, so a receiver that had it can tell.
 */
export async function redeliver(
  ctx: Ctx,
  input: { webhookId: string; deliveryId?: string; allFailed?: boolean },
): Promise<{ redelivered: number }> {
  const webhook = await manageableWebhook(ctx, input.webhookId);
  if (!input.deliveryId && !input.allFailed)
    throw invalidInput('deliveryId', 'name a delivery, or ask for every failed one');
  if (input.deliveryId && !/^\d{1,18}$/.test(input.deliveryId)) throw notFound('Delivery');
  const result = await ctx.trx
    .updateTable('webhook_deliveries')
    .set({ state: 'pending', attempts: 0, next_attempt_at: ctx.now(), claimed_until: null })
    .where('webhook_id', '=', webhook.id)
    .$if(Boolean(input.deliveryId), (query) => query.where('id', '=', input.deliveryId as string))
    .$if(!input.deliveryId, (query) => query.where('state', '=', 'failed'))
    .where('state', '<>', 'pending')
    .executeTakeFirst();
  const redelivered = Number(result.numUpdatedRows);
  if (input.deliveryId && redelivered === 0) {
    const exists = await ctx.trx
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('webhook_id', '=', webhook.id)
      .where('id', '=', input.deliveryId)
      .executeTakeFirst();
    if (!exists) throw notFound('Delivery');
  }
  if (redelivered > 0) await sql`select pg_notify(${webhooksChannel}, '')`.execute(ctx.trx);
  return { redelivered };
}

/** Queues a test event to the webhook (even one turned off): it checks the receiver and its signature check. */
export async function sendTestEvent(ctx: Ctx, input: { webhookId: string }): Promise<{ deliveryId: string }> {
  const webhook = await manageableWebhook(ctx, input.webhookId);
  const row = await ctx.trx
    .insertInto('webhook_deliveries')
    .values({
      webhook_id: webhook.id,
      event_id: null,
      kind: 'webhook.test',
      seq: null,
      item_id: null,
      item_seq: null,
      payload: testPayload(webhook.id, ctx.now()),
      next_attempt_at: ctx.now(),
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`select pg_notify(${webhooksChannel}, '')`.execute(ctx.trx);
  return { deliveryId: String(row.id) };
}
