import { activeStatuses } from '../../domain/item.ts';
import {
  movesForChosen,
  type ProposedPlace,
  proposeOrder,
  riceScore,
  wsjfScore,
} from '../../domain/scoring.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import type { Item } from '../items/item-queries.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { moveItem } from '../ranking/move-item.ts';
import { notInASprint } from '../sprints/sprint-queries.ts';

export type ScoreKind = 'wsjf' | 'rice';

export interface ScoreOrderEntry extends ProposedPlace {
  title: string;
}

type ScoreRow = Pick<Item, 'wsjf' | 'rice'>;

const scoreOf: Record<ScoreKind, (item: ScoreRow) => number | null> = {
  wsjf: (item) => wsjfScore(item.wsjf),
  rice: (item) => riceScore(item.rice),
};

/**
 * The order a score proposes for the product backlog (no sprint's items), beside the current one.
 * Changes nothing. Reads only what a score needs: a backlog of thousands decodes quickly.
 */
export async function previewScoreOrder(
  ctx: Ctx,
  input: { productKey: string; by: ScoreKind },
): Promise<ScoreOrderEntry[]> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'item.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('items')
    .select([
      'key',
      'title',
      'wsjf_business_value',
      'wsjf_time_criticality',
      'wsjf_risk_reduction',
      'wsjf_job_size',
      'rice_reach',
      'rice_impact',
      'rice_confidence',
      'rice_effort',
    ])
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where('status', 'in', activeStatuses)
    .where(notInASprint)
    .orderBy('rank')
    .execute();
  const titles = new Map(rows.map((row) => [row.key, row.title]));
  const scored = rows.map((row) => ({
    key: row.key,
    score: scoreOf[input.by]({
      wsjf: {
        businessValue: row.wsjf_business_value,
        timeCriticality: row.wsjf_time_criticality,
        riskReduction: row.wsjf_risk_reduction,
        jobSize: row.wsjf_job_size,
      },
      rice: {
        reach: row.rice_reach,
        impact: row.rice_impact === null ? null : Number(row.rice_impact),
        confidence: row.rice_confidence,
        effort: row.rice_effort === null ? null : Number(row.rice_effort),
      },
    }),
  }));
  return proposeOrder(scored).map((place) => ({ ...place, title: titles.get(place.key) ?? '' }));
}

/**
 * Applies the proposal: in full (the fewest moves that give the proposed order), or for the
 * items the owner chose, each put at its proposed position (`movesForChosen`). Every
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
  const moves = chosen
    ? movesForChosen(proposal, chosen)
    : proposal.filter((place) => place.moves).map((place) => ({ key: place.key, after: place.after }));
  for (const move of moves) {
    await moveItem(ctx, {
      key: move.key,
      target: move.after ? { after: move.after } : { to: 'top' },
      reason: `Ordered by ${input.by.toUpperCase()} score`,
    });
  }
  return { moved: moves.map((move) => move.key) };
}
