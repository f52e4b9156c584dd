import type { OrdoClient } from '../src/client/ordo-client.ts';
import { itemProblem, itemTitle } from './backlog-text.ts';
import { type Summary, seededRandom, timeSequential } from './measure.ts';
import { productKey } from './seed-items.ts';

/**
 * The capability rows: what the later issues promise at scale, each one endpoint timed over HTTP
 * through the typed client, one request after another, after warm-ups.
 */

export const capabilityNames = [
  'duplicatesTitle',
  'duplicatesProblem',
  'scoreOrder',
  'insights',
  'custodian',
  'staleDryRun',
] as const;
export type CapabilityName = (typeof capabilityNames)[number];

export interface CapabilityTarget {
  label: string;
  /** The backlog size the issue states the target at. */
  size: number;
  p50Ms: number;
}

export const capabilityTargets: Record<CapabilityName, CapabilityTarget> = {
  duplicatesTitle: { label: 'duplicate suggestions, title', size: 100_000, p50Ms: 30 },
  duplicatesProblem: { label: 'duplicate suggestions, title + problem', size: 100_000, p50Ms: 30 },
  scoreOrder: { label: 'order by score preview (WSJF)', size: 10_000, p50Ms: 200 },
  insights: { label: 'insights, 12 weeks', size: 100_000, p50Ms: 500 },
  custodian: { label: 'custodian view', size: 100_000, p50Ms: 200 },
  staleDryRun: { label: 'stale rule dry run', size: 100_000, p50Ms: 1_000 },
};

export interface CapabilityMeasure {
  summary: Summary;
  /** What the answers held, so a fast figure is not a fast empty answer. */
  answer: Record<string, number>;
}

export type CapabilityMeasures = Record<CapabilityName, CapabilityMeasure>;

/** Request texts written from the same words as the backlog's, so that suggestions find real matches. */
function duplicateInputs(count: number): { title: string; problem: string }[] {
  const random = seededRandom(4242);
  return Array.from({ length: count }, () => ({ title: itemTitle(random), problem: itemProblem(random) }));
}

async function measureDuplicates(
  client: OrdoClient,
  { runs, warmups }: { runs: number; warmups: number },
  withProblem: boolean,
): Promise<CapabilityMeasure> {
  const inputs = duplicateInputs(runs + warmups);
  const found: number[] = [];
  const summary = await timeSequential(runs, warmups, async (i) => {
    const input = inputs[i] as { title: string; problem: string };
    const page = await client.duplicates(productKey, input.title, withProblem ? input.problem : undefined);
    if (i >= warmups) found.push(page.data.length);
  });
  return {
    summary,
    answer: {
      meanSuggestions: found.reduce((sum, n) => sum + n, 0) / found.length,
      shareWithSuggestions: found.filter((n) => n > 0).length / found.length,
    },
  };
}

/** Times one endpoint; `answer` describes its last answer. */
async function measureOne<T>(
  { runs, warmups }: { runs: number; warmups: number },
  call: () => Promise<T>,
  answer: (result: T) => Record<string, number>,
): Promise<CapabilityMeasure> {
  let last: T | undefined;
  const summary = await timeSequential(runs, warmups, async () => {
    last = await call();
  });
  return { summary, answer: last === undefined ? {} : answer(last) };
}

/** Runs at sizes other than a row's target size: enough to see the trend, not to hold up the run. */
const offTarget = { runs: 10, warmups: 2 };

export async function measureCapabilities(
  client: OrdoClient,
  size: number,
  iterations: { runs: number; warmups: number },
  progress: (line: string) => void,
): Promise<CapabilityMeasures> {
  const at = (name: CapabilityName) =>
    capabilityTargets[name].size === size
      ? iterations
      : {
          runs: Math.min(iterations.runs, offTarget.runs),
          warmups: Math.min(iterations.warmups, offTarget.warmups),
        };
  const done = (name: CapabilityName, measure: CapabilityMeasure) => {
    progress(
      `${capabilityTargets[name].label}: p50 ${measure.summary.p50.toFixed(1)} ms, p95 ${measure.summary.p95.toFixed(1)} ms`,
    );
    return measure;
  };
  const duplicatesTitle = done(
    'duplicatesTitle',
    await measureDuplicates(client, at('duplicatesTitle'), false),
  );
  const duplicatesProblem = done(
    'duplicatesProblem',
    await measureDuplicates(client, at('duplicatesProblem'), true),
  );
  const scoreOrder = done(
    'scoreOrder',
    await measureOne(
      at('scoreOrder'),
      () => client.previewScoreOrder(productKey, 'wsjf'),
      (page) => ({
        entries: page.data.length,
        scored: page.data.filter((entry) => entry.score !== null).length,
        wouldMove: page.data.filter((entry) => entry.moves).length,
      }),
    ),
  );
  const insights = done(
    'insights',
    await measureOne(
      at('insights'),
      () => client.insights(productKey, 12),
      (answer) => ({
        shippedThisQuarter: answer.glance.shippedThisQuarter,
        inProgress: answer.glance.inProgress,
        closedSprints: answer.velocity.length,
        doneInWindow: answer.throughput.reduce(
          (sum, week) => sum + Object.values(week.byType).reduce((a, b) => a + b, 0),
          0,
        ),
      }),
    ),
  );
  const custodian = done(
    'custodian',
    await measureOne(
      at('custodian'),
      () => client.custodian(productKey),
      (view) => ({
        health: view.health.score,
        untriaged: view.untriaged.count,
        ...Object.fromEntries(view.signals.map((signal) => [signal.name, signal.count])),
      }),
    ),
  );
  const staleDryRun = done(
    'staleDryRun',
    await measureOne(
      at('staleDryRun'),
      () => client.staleDryRun(productKey),
      (page) => ({ candidates: page.data.length }),
    ),
  );
  return { duplicatesTitle, duplicatesProblem, scoreOrder, insights, custodian, staleDryRun };
}
