import { type RawBuilder, sql } from 'kysely';
import { type EventData, type EventKind, eventCatalogue } from '../../domain/event-catalogue.ts';
import { actingPersonId, type Ctx } from '../context.ts';

/** The channel a committed event is announced on (by the `events_ordered` trigger, at commit). */
export const eventsChannel = 'ordo_events';

export type NewEvent = {
  [Kind in EventKind]: {
    /** Null for a change to the workspace itself (a person, a token, the workspace's settings). */
    productId: string | null;
    itemId?: string | null;
    itemKey?: string | null;
    kind: Kind;
    data: EventData<Kind>;
  };
}[EventKind];

/**
 * What a live-update listener is told; it reads the rest through the API. `seq` is the event's
 * place in its product's delivery order: assigned at commit under the product's sequence lock, so
 * an event committed later always has a higher one (event ids do not promise that).
 */
export interface EventNotice {
  id: string;
  seq: string;
  productId: string | null;
  kind: EventKind;
  itemKey: string | null;
  actorId: string | null;
}

/**
 * The catalogue's word on an event: its kind is catalogued, its data has the kind's shape, and it
 * belongs where the kind says (an item's, a product's, the workspace's). A mistake here is ours,
 * not the caller's: it fails loudly, in tests first.
 */
function checkedData(event: NewEvent): string {
  const entry = eventCatalogue[event.kind];
  if (!entry) throw new Error(`event kind ${event.kind} is not in the event catalogue`);
  const parsed = entry.data.safeParse(event.data);
  if (!parsed.success) {
    throw new Error(`event ${event.kind} has data off its catalogued shape: ${parsed.error.message}`);
  }
  const belongs =
    entry.about === 'workspace'
      ? event.productId === null
      : event.productId !== null && (entry.about === 'product' || Boolean(event.itemId));
  if (!belongs)
    throw new Error(`event ${event.kind} is about a ${entry.about}: its product or item is missing`);
  return JSON.stringify(parsed.data);
}

/** The workspace an event belongs to: the actor's, or (for someone without an account) the product's. */
function workspaceSql(ctx: Ctx, event: NewEvent) {
  if (ctx.actor) return sql`${ctx.actor.workspaceId}::uuid`;
  return sql`(select workspace_id from products where id = ${event.productId}::uuid)`;
}

/** The insert of an event as a statement's CTE `appended` (once per row of `from`, if given). */
function appendedSql(ctx: Ctx, event: NewEvent, from?: RawBuilder<unknown>) {
  return sql`appended as (
      insert into events (workspace_id, product_id, item_id, actor_id, kind, data, created_at)
      select ${workspaceSql(ctx, event)}, ${event.productId}::uuid, ${event.itemId ?? null}::uuid,
        ${actingPersonId(ctx)}::uuid, ${event.kind}, ${checkedData(event)}::jsonb, ${ctx.now()}::timestamptz
      ${from ? sql`from ${from}` : sql``}
      returning id
    )`;
}

/**
 * Appends an event to the history. At commit a trigger gives it its place in the delivery order,
 * queues its webhook deliveries and announces it (so nobody hears of a change that rolled back).
 * Every operation calls this explicitly.
 */
export async function appendEvent(ctx: Ctx, event: NewEvent): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    with ${appendedSql(ctx, event)} select appended.id::text as id from appended`.execute(ctx.trx);
  const row = rows[0];
  if (!row) throw new Error('the event was not appended');
  return row.id;
}

/**
 * A change of one row and its event in one statement (one round trip fewer on a hot path):
 * `change` is an `update … returning …` whose single row this returns. If it changes no row,
 * nothing is appended and the result is undefined.
 */
export async function changeWithEvent<Row extends object>(
  ctx: Ctx,
  change: RawBuilder<Row>,
  event: NewEvent,
): Promise<Row | undefined> {
  const { rows } = await sql<Row>`
    with changed as (${change}), ${appendedSql(ctx, event, sql`changed`)}
    select changed.* from changed, appended`.execute(ctx.trx);
  return rows[0];
}
