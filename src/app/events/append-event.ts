import { type RawBuilder, sql } from 'kysely';
import { actingPersonId, type Ctx } from '../context.ts';

export const eventsChannel = 'ordo_events';

export interface NewEvent {
  /** Null for a change to the workspace itself (a person, a product's existence). */
  productId: string | null;
  itemId?: string | null;
  itemKey?: string | null;
  kind: string;
  data?: Record<string, unknown>;
}

/** What a live-update listener is told; it reads the rest through the API. */
export interface EventNotice {
  id: string;
  productId: string | null;
  kind: string;
  itemKey: string | null;
  actorId: string | null;
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
        ${actingPersonId(ctx)}::uuid, ${event.kind}, ${JSON.stringify(event.data ?? {})}::jsonb,
        ${ctx.now()}::timestamptz
      ${from ? sql`from ${from}` : sql``}
      returning id
    )`;
}

/** The notice of an appended event (from the CTE `appended`), as a select-list column. */
function noticeSql(ctx: Ctx, event: NewEvent) {
  return sql`pg_notify(${eventsChannel}, json_build_object(
      'id', appended.id::text, 'productId', ${event.productId}::text, 'kind', ${event.kind}::text,
      'itemKey', ${event.itemKey ?? null}::text, 'actorId', ${actingPersonId(ctx)}::text)::text)`;
}

/**
 * Appends an event to the history and announces it (NOTIFY is delivered at commit, so listeners
 * never hear of a change that rolled back). Every operation calls this explicitly.
 */
export async function appendEvent(ctx: Ctx, event: NewEvent): Promise<string> {
  // One statement: the insert, and the notice built from the id it was given.
  const { rows } = await sql<{ id: string }>`
    with ${appendedSql(ctx, event)}
    select appended.id::text as id, ${noticeSql(ctx, event)} from appended`.execute(ctx.trx);
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
  const { rows } = await sql<Row & { notice: unknown }>`
    with changed as (${change}), ${appendedSql(ctx, event, sql`changed`)}
    select changed.*, ${noticeSql(ctx, event)} as notice from changed, appended`.execute(ctx.trx);
  const row = rows[0];
  if (!row) return undefined;
  const { notice: _, ...changed } = row;
  return changed as unknown as Row;
}
