import { sql } from 'kysely';
import { activeStatuses, type ItemStatus, type ItemType, itemTypeLabels } from '../../domain/item.ts';
import { authorize } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { findRelease } from '../releases/release-queries.ts';
import { forecast } from './forecast.ts';
import { findSprint, notInASprint } from './sprint-queries.ts';

/** What a stakeholder sees of an item on the roadmap: no estimates, requesters or notes. */
export interface RoadmapEntry {
  key: string;
  title: string;
  type: ItemType;
  status: ItemStatus;
}

export interface Roadmap {
  now: RoadmapEntry[];
  next: RoadmapEntry[];
  later: RoadmapEntry[];
}

const laterSize = 20;

/**
 * Now: what the active sprint holds. Next: the product backlog up to where the next two sprints
 * are forecast to end. Later: the rest of the top of the backlog. Generated from the order.
 */
export async function roadmap(ctx: Ctx, productKey: string): Promise<Roadmap> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  const columns = ['items.key', 'items.title', 'items.type', 'items.status'] as const;
  const now = await ctx.trx
    .selectFrom('sprint_items')
    .innerJoin('sprints', 'sprints.id', 'sprint_items.sprint_id')
    .innerJoin('items', 'items.id', 'sprint_items.item_id')
    .select(columns)
    .where('sprints.product_id', '=', product.id)
    .where('sprints.state', '=', 'active')
    .where('sprint_items.is_current', '=', true)
    .orderBy('sprint_items.board_rank')
    .execute();
  const { boundaries } = await forecast(ctx, productKey);
  const nextEnd = boundaries[1]?.afterKey ?? boundaries[0]?.afterKey ?? null;
  const backlog = await ctx.trx
    .selectFrom('items')
    .select(columns)
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where('status', 'in', activeStatuses)
    .where(notInASprint)
    .orderBy('rank')
    .limit(200)
    .execute();
  const split = nextEnd ? backlog.findIndex((item) => item.key === nextEnd) + 1 : 0;
  return { now, next: backlog.slice(0, split), later: backlog.slice(split, split + laterSize) };
}

/** Text people wrote, as markdown that shows it as written (no links, emphasis or HTML of theirs). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>])/g, '\\$1');

/** Release notes in markdown for what shipped in a sprint, a release or between two dates, by type. */
export async function releaseNotes(
  ctx: Ctx,
  input: { productKey: string; sprintId?: string; releaseId?: string; from?: Date; to?: Date },
): Promise<string> {
  const product = await findProductByKey(ctx.trx, input.productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  let title: string;
  let shipped: { key: string; title: string; type: ItemType }[];
  if (input.sprintId) {
    const { sprint } = await findSprint(ctx.trx, input.sprintId);
    if (sprint.productId !== product.id) throw invalidInput('sprintId', 'not a sprint of this product');
    title = `${product.name} — ${sprint.name}${sprint.goal ? `: ${sprint.goal}` : ''}`;
    shipped = await ctx.trx
      .selectFrom('sprint_items')
      .innerJoin('items', 'items.id', 'sprint_items.item_id')
      .select(['items.key', 'items.title', 'items.type'])
      .where('sprint_items.sprint_id', '=', sprint.id)
      .where((eb) =>
        eb.or([
          eb('sprint_items.outcome', '=', 'done'),
          eb.and([eb('sprint_items.is_current', '=', true), eb('items.status', '=', 'done')]),
        ]),
      )
      .orderBy('sprint_items.board_rank')
      .execute();
  } else if (input.releaseId) {
    const { release } = await findRelease(ctx.trx, input.releaseId);
    if (release.productId !== product.id) throw invalidInput('releaseId', 'not a release of this product');
    title = `${product.name} — ${escapeMarkdown(release.name)}${release.shippedOn ? ` (${release.shippedOn})` : ''}`;
    shipped = await ctx.trx
      .selectFrom('release_items')
      .innerJoin('items', 'items.id', 'release_items.item_id')
      .select(['items.key', 'items.title', 'items.type'])
      .where('release_items.release_id', '=', release.id)
      .where('release_items.removed_at', 'is', null)
      .where('items.archived_at', 'is', null)
      .where('items.status', '=', 'done')
      .orderBy('items.rank')
      .execute();
  } else {
    if (!input.from || !input.to)
      throw invalidInput('from', 'give a sprint, a release, or a date range (from and to)');
    title = `${product.name} — ${input.from.toISOString().slice(0, 10)} to ${input.to.toISOString().slice(0, 10)}`;
    shipped = await ctx.trx
      .selectFrom('items')
      .select(['items.key', 'items.title', 'items.type'])
      .where('items.product_id', '=', product.id)
      .where('items.status', '=', 'done')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('events')
            .select('events.id')
            .whereRef('events.item_id', '=', 'items.id')
            .where('events.kind', 'in', ['item.updated', 'item.created'])
            .where('events.created_at', '>=', input.from as Date)
            .where('events.created_at', '<', input.to as Date)
            .where(sql<boolean>`events.data->'after'->>'status' = 'done'`),
        ),
      )
      .orderBy('items.rank')
      .execute();
  }
  const lines = [`# ${title}`, ''];
  if (shipped.length === 0) lines.push('Nothing shipped in this period.');
  for (const type of Object.keys(itemTypeLabels) as ItemType[]) {
    const ofType = shipped.filter((item) => item.type === type);
    if (ofType.length === 0) continue;
    lines.push(
      `## ${itemTypeLabels[type]}`,
      '',
      ...ofType.map((item) => `- ${escapeMarkdown(item.title)} (${item.key})`),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
