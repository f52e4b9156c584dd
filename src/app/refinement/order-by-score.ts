import { activeStatuses } from '../../domain/item.ts';
import { type ProposedPlace, proposeOrder, riceScore, wsjfScore } from '../../domain/scoring.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { type Item, itemColumns, toItem } from '../items/item-queries.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { moveItem } from '../ranking/move-item.ts';
import { notInASprint } from '../sprints/sprint-queries.ts';

export type ScoreKind = 'wsjf' | 'rice';

export interface ScoreOrderEntry extends ProposedPlace {
  title: string;
}

const scoreOf: Record<ScoreKind, (item: Item) => number | null> = {
  wsjf: (item) => wsjfScore(item.wsjf),
  rice: (item) => riceScore(item.rice),
};

/** The order a score proposes for the product backlog (no sprint's items), beside the current one. Changes nothing. */
export async function previewScoreOrder(
  ctx: Ctx,
  input: { productKey: string; by: ScoreKind },
): Promise<ScoreOrderEntry[]> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('items')
    .select(itemColumns)
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where('status', 'in', activeStatuses)
    .where(notInASprint)
    .orderBy('rank')
    .execute();
  const items = rows.map(toItem);
  const titles = new Map(items.map((item) => [item.key, item.title]));
  return proposeOrder(items.map((item) => ({ key: item.key, score: scoreOf[input.by](item) }))).map(
    (place) => ({
      ...place,
      title: titles.get(place.key) ?? '',
    }),
  );
}

/**
 * Applies the proposal: in full (the fewest moves that give the proposed order), or for the
 * items the owner chose, each put right below its predecessor in the proposed order. Every
 * move is an ordinary recorded move, with the score as its reason.
 */
export async function applyScoreOrder(
  ctx: Ctx,
  input: { productKey: string; by: ScoreKind; keys?: string[] },
): Promise<{ moved: string[] }> {
  const proposal = await previewScoreOrder(ctx, input);
  const known = new Set(proposal.map((place) => place.key));
  const chosen = input.keys ? new Set(input.keys.map((key) => key.toUpperCase())) : null;
  for (const key of chosen ?? [])
    if (!known.has(key)) throw invalidInput('keys', `${key} is not in the open backlog`);
  const moved: string[] = [];
  for (const place of proposal) {
    if (chosen ? !chosen.has(place.key) : !place.moves) continue;
    await moveItem(ctx, {
      key: place.key,
      target: place.after ? { after: place.after } : { to: 'top' },
      reason: `Ordered by ${input.by.toUpperCase()} score`,
    });
    moved.push(place.key);
  }
  return { moved };
}
