import type { EventKind } from '../../domain/event-catalogue.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';

export interface RecordedEvent {
  id: string;
  kind: EventKind;
  productKey: string | null;
  itemKey: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
  /** Its place in its product's (or the workspace's) delivery order, and among its item's events. */
  sequence: number;
  itemSequence: number | null;
  data: Record<string, unknown>;
}

/**
 * One event with its data: what a webhook payload links to when the data was too large to send.
 * A product's event is for whoever may read the product; the workspace's own, for admins.
 */
export async function getEvent(ctx: Ctx, input: { id: string }): Promise<RecordedEvent> {
  const row = /^\d{1,18}$/.test(input.id)
    ? await ctx.trx
        .selectFrom('events')
        .innerJoin('event_order', (join) => join.onRef('event_order.event_id', '=', 'events.id'))
        .leftJoin('items', 'items.id', 'events.item_id')
        .leftJoin('people', 'people.id', 'events.actor_id')
        .select([
          'events.id',
          'events.kind',
          'events.product_id',
          'events.workspace_id',
          'events.created_at',
          'events.data',
          'event_order.seq',
          'event_order.item_seq',
          'items.key as itemKey',
          'people.id as actorId',
          'people.name as actorName',
        ])
        .where('events.id', '=', input.id)
        .executeTakeFirst()
    : undefined;
  if (!row || row.workspace_id !== ctx.actor?.workspaceId) throw notFound('Event');
  const product = row.product_id ? await findProductById(ctx.trx, row.product_id) : null;
  await authorize(ctx, product ? 'product.read' : 'audit.read', product ? scopeOf(product) : null);
  return {
    id: row.id,
    kind: row.kind as EventKind,
    productKey: product?.key ?? null,
    itemKey: row.itemKey,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    createdAt: row.created_at,
    sequence: Number(row.seq),
    itemSequence: row.item_seq === null ? null : Number(row.item_seq),
    data: row.data,
  };
}
