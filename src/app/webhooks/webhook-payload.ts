import { sql } from 'kysely';
import { z } from 'zod';
import { type EventKind, eventCatalogue } from '../../domain/event-catalogue.ts';
import type { Deps } from '../context.ts';

/** A payload over this many bytes sends a link to the event in the API instead of its data. */
export const payloadLimitBytes = 20_000;

const payloadData = <Data extends z.ZodType>(change: Data) =>
  z.object({
    eventId: z.string().describe('The event’s id: the same in every retry, so a receiver can de-duplicate'),
    product: z.string().nullable().describe('The product’s key; null for the workspace’s own changes'),
    item: z.string().nullable().describe('The item’s key, when the event is one item’s'),
    sequence: z
      .number()
      .describe(
        'The event’s place in its product’s (or the workspace’s) order: later events have higher ones',
      ),
    itemSequence: z
      .number()
      .nullable()
      .describe('The event’s number among its item’s events (1, 2, 3…): a gap means one was missed'),
    actor: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe('Who did it; null for Ordo itself'),
    change: change.nullable().describe('The event’s data; null when too large to send: read `url`'),
    url: z.string().describe('The event in the API'),
  });

/** The body of a delivery of an event of `kind` (Standard Webhooks' `type`, `timestamp`, `data`). */
export function webhookPayloadSchema(kind: EventKind) {
  return z.object({
    type: z.literal(kind),
    timestamp: z.string().describe('When the change was made (ISO 8601)'),
    data: payloadData(eventCatalogue[kind].data),
  });
}

export const testPayloadSchema = z.object({
  type: z.literal('webhook.test'),
  timestamp: z.string(),
  data: z.object({ webhookId: z.string(), message: z.string() }),
});

export const eventUrl = (baseUrl: string, eventId: string) => `${baseUrl}/api/events/${eventId}`;

/** The bodies of the given events' deliveries, by event id. */
export async function buildPayloads(
  deps: Pick<Deps, 'db' | 'baseUrl'>,
  eventIds: readonly string[],
): Promise<Map<string, string>> {
  if (eventIds.length === 0) return new Map();
  const { rows } = await sql<{
    id: string;
    kind: EventKind;
    data: Record<string, unknown>;
    createdAt: Date;
    productKey: string | null;
    itemKey: string | null;
    seq: string;
    itemSeq: string | null;
    actorId: string | null;
    actorName: string | null;
  }>`
    select events.id::text as id, events.kind, events.data, events.created_at as "createdAt",
      products.key as "productKey", items.key as "itemKey", event_order.seq::text as seq,
      event_order.item_seq::text as "itemSeq", people.id as "actorId", people.name as "actorName"
    from events
    join event_order on event_order.event_id = events.id
      and event_order.scope_id = coalesce(events.product_id, events.workspace_id)
    left join products on products.id = events.product_id
    left join items on items.id = events.item_id
    left join people on people.id = events.actor_id
    where events.id in (${sql.join(eventIds.map((id) => sql`${id}::bigint`))})`.execute(deps.db);
  const payloads = new Map<string, string>();
  for (const row of rows) {
    const body = (change: Record<string, unknown> | null) =>
      JSON.stringify({
        type: row.kind,
        timestamp: row.createdAt.toISOString(),
        data: {
          eventId: row.id,
          product: row.productKey,
          item: row.itemKey,
          sequence: Number(row.seq),
          itemSequence: row.itemSeq === null ? null : Number(row.itemSeq),
          actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
          change,
          url: eventUrl(deps.baseUrl, row.id),
        },
      });
    const full = body(row.data);
    payloads.set(row.id, Buffer.byteLength(full) <= payloadLimitBytes ? full : body(null));
  }
  return payloads;
}

export function testPayload(webhookId: string, at: Date): string {
  return JSON.stringify({
    type: 'webhook.test',
    timestamp: at.toISOString(),
    data: { webhookId, message: 'A test event from Ordo: this webhook reaches its receiver.' },
  });
}
