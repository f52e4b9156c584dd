import { sql } from 'kysely';
import { actingPersonId, type Ctx } from '../context.ts';

export const eventsChannel = 'ordo_events';

export interface NewEvent {
  productId: string;
  itemId?: string | null;
  itemKey?: string | null;
  kind: string;
  data?: Record<string, unknown>;
}

/** What a live-update listener is told; it reads the rest through the API. */
export interface EventNotice {
  id: string;
  productId: string;
  kind: string;
  itemKey: string | null;
  actorId: string | null;
}

/**
 * Appends an event to the history and announces it (NOTIFY is delivered at commit, so listeners
 * never hear of a change that rolled back). Every operation calls this explicitly.
 */
export async function appendEvent(ctx: Ctx, event: NewEvent): Promise<string> {
  const actorId = actingPersonId(ctx);
  // One statement: the insert, and the notice built from the id it was given.
  const { rows } = await sql<{ id: string }>`
    with appended as (
      insert into events (product_id, item_id, actor_id, kind, data, created_at)
      values (${event.productId}, ${event.itemId ?? null}, ${actorId}, ${event.kind},
        ${JSON.stringify(event.data ?? {})}::jsonb, ${ctx.now()})
      returning id
    )
    select id::text as id, pg_notify(${eventsChannel}, json_build_object(
      'id', id::text, 'productId', ${event.productId}::text, 'kind', ${event.kind}::text,
      'itemKey', ${event.itemKey ?? null}::text, 'actorId', ${actorId}::text)::text)
    from appended`.execute(ctx.trx);
  const row = rows[0];
  if (!row) throw new Error('the event was not appended');
  return row.id;
}
