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
  const row = await ctx.trx
    .insertInto('events')
    .values({
      product_id: event.productId,
      item_id: event.itemId ?? null,
      actor_id: actorId,
      kind: event.kind,
      data: JSON.stringify(event.data ?? {}),
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice: EventNotice = {
    id: row.id,
    productId: event.productId,
    kind: event.kind,
    itemKey: event.itemKey ?? null,
    actorId,
  };
  await sql`select pg_notify(${eventsChannel}, ${JSON.stringify(notice)})`.execute(ctx.trx);
  return row.id;
}
