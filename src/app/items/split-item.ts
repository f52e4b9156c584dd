import type { AcceptanceCriterion } from '../../domain/item.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { appendEvent } from '../events/append-event.ts';
import { findProductById, scopeOf } from '../products/product-queries.ts';
import { createItem } from './create-item.ts';
import { findItemByKey, type Item } from './item-queries.ts';
import { updateItem } from './update-item.ts';

export interface SplitPart {
  title: string;
  problem?: string;
  acceptanceCriteria?: AcceptanceCriterion[];
  estimate?: number | null;
}

/**
 * Splits an item too big for one sprint. The original keeps its key, history, links and
 * requesters and becomes the first part; each further part is a new item right below it, with
 * the same requesters (its demand), the same links, and a link back to the original.
 */
export async function splitItem(
  ctx: Ctx,
  input: { key: string; version: number; parts: SplitPart[] },
): Promise<Item[]> {
  const original = await findItemByKey(ctx.trx, input.key);
  const product = await findProductById(ctx.trx, original.productId);
  await authorize(ctx, 'item.split', scopeOf(product));
  const [first, ...rest] = input.parts;
  if (!first) return [original];
  const kept = await updateItem(ctx, {
    key: original.key,
    version: input.version,
    changes: {
      title: first.title,
      ...(first.problem !== undefined && { problem: first.problem }),
      ...(first.acceptanceCriteria !== undefined && { acceptanceCriteria: first.acceptanceCriteria }),
      ...(first.estimate !== undefined && { estimate: first.estimate }),
    },
  });
  const [requesters, links] = await Promise.all([
    ctx.trx
      .selectFrom('item_requesters')
      .select(['name', 'email', 'person_id', 'source', 'request_id'])
      .where('item_id', '=', original.id)
      .execute(),
    ctx.trx
      .selectFrom('item_links')
      .innerJoin('items', 'items.id', 'item_links.to_item_id')
      .select(['item_links.kind', 'items.key'])
      .where('item_links.from_item_id', '=', original.id)
      .execute(),
  ]);
  const parts: Item[] = [kept];
  for (const part of rest) {
    const previous = parts.at(-1) as Item;
    parts.push(
      await createItem(ctx, {
        productKey: product.key,
        type: original.type,
        title: part.title,
        problem: part.problem ?? original.problem,
        serves: original.serves,
        outcome: original.outcome,
        acceptanceCriteria: part.acceptanceCriteria ?? [],
        estimate: part.estimate ?? null,
        tags: original.tags,
        source: original.source,
        requesters: requesters.map((r) => ({
          name: r.name,
          email: r.email,
          personId: r.person_id,
          source: r.source ?? original.source,
          requestId: r.request_id,
        })),
        links: [
          ...links.map((link) => ({ kind: link.kind, key: link.key })),
          { kind: 'relates_to', key: original.key },
        ],
        position: { after: previous.key },
      }),
    );
  }
  await appendEvent(ctx, {
    productId: product.id,
    itemId: original.id,
    itemKey: original.key,
    kind: 'item.split',
    data: { into: parts.map((part) => part.key) },
  });
  return parts;
}
