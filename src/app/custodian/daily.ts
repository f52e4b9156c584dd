import { isNewQuarter } from '../../domain/staleness.ts';
import { type Ctx, type Deps, systemActor } from '../context.ts';
import { enqueueJob } from '../jobs/jobs.ts';
import { notifyPerson, queueMail } from '../notifications/notify.ts';
import { findProductById } from '../products/product-queries.ts';
import { custodianView } from './custodian-view.ts';
import { applyStaleRule } from './stale-rule.ts';

export const dailyJobKind = 'custodian.daily';

const signalWords: Record<string, string> = {
  untagged: 'items with no tags',
  top_not_ready: 'of the top items not ready',
  in_closed_sprint: 'in progress in a closed sprint',
  done_unchecked: 'done with unchecked criteria',
  hold_without_reason: 'on hold with no reason',
  stale: 'stale items',
  going_stale: 'going stale at the end of the quarter',
};

/** Asks for today's custodian work for every product; a product's day is done once. */
export async function scheduleDailyWork(deps: Deps): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const ctx: Ctx = { trx, actor: null, now: deps.now, baseUrl: deps.baseUrl };
    const day = deps.now().toISOString().slice(0, 10);
    // An archived product rests: no rounds, no digests.
    const products = await trx.selectFrom('products').select('id').where('archived_at', 'is', null).execute();
    for (const product of products) {
      await enqueueJob(ctx, {
        kind: dailyJobKind,
        payload: { productId: product.id },
        dedupeKey: `${dailyJobKind}:${product.id}:${day}`,
      });
    }
  });
}

/**
 * The custodian's daily round for one product: today's health snapshot (its trend), the digest to
 * the owners, and — when the product asks for it and a quarter has turned — the stale rule.
 * The snapshot's key (product, day) makes the round happen once a day whatever the instances.
 */
export async function dailyRound(ctx: Ctx, productId: string): Promise<boolean> {
  const product = await findProductById(ctx.trx, productId);
  // Archived after its round was asked for: it rests.
  if (product.archivedAt) return false;
  const system: Ctx = { ...ctx, actor: systemActor(product.workspaceId) };
  const day = ctx.now().toISOString().slice(0, 10);
  const view = await custodianView(system, product.key);
  const inserted = await ctx.trx
    .insertInto('health_snapshots')
    .values({
      product_id: product.id,
      day,
      score: view.health.score,
      parts: JSON.stringify(view.health.parts),
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) return false;

  if (product.staleRule.isAutomatic) {
    const lastRun = await ctx.trx
      .selectFrom('stale_runs')
      .select('run_at')
      .where('product_id', '=', product.id)
      .orderBy('run_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (isNewQuarter(lastRun?.run_at ?? null, ctx.now(), product.timeZone)) {
      await applyStaleRule(system, { productKey: product.key });
    }
  }

  const lines = [
    `Backlog health ${view.health.score}/100${view.health.isBloated ? ' — too many untouched items for the team’s pace' : ''}.`,
    view.untriaged.count
      ? `${view.untriaged.count} requests waiting in triage (oldest ${view.untriaged.oldestDays} days).`
      : 'Nothing waiting in triage.',
    ...view.signals
      .filter((signal) => signal.count > 0)
      .map((signal) => `${signal.count} ${signalWords[signal.name] ?? signal.name}.`),
  ];
  const owners = await ctx.trx
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['people.id', 'people.email'])
    .where('memberships.product_id', '=', product.id)
    .where('memberships.role', '=', 'owner')
    .execute();
  const title = `${product.name}: your custodian digest for ${day}`;
  for (const owner of owners) {
    await notifyPerson(ctx, {
      personId: owner.id,
      productId: product.id,
      kind: 'custodian.digest',
      title,
      body: lines.join('\n'),
      link: `/p/${product.key}/custodian`,
    });
    await queueMail(ctx, {
      to: owner.email,
      subject: title,
      body: `${lines.join('\n')}\n\nOpen the custodian view: ${ctx.baseUrl.replace(/\/$/, '')}/p/${product.key}/custodian\n`,
      about: 'digest',
      dedupeKey: `digest:${product.id}:${owner.id}:${day}`,
    });
  }
  return true;
}
