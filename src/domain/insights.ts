import type { ItemStatus } from './item.ts';

/** Progress and flow figures from an item's history: pure functions over given events. */

const dayMs = 86_400_000;

export interface StatusChange {
  key: string;
  at: Date;
  to: ItemStatus | 'archived';
}

export interface Distribution {
  count: number;
  p50: number | null;
  p85: number | null;
  max: number | null;
  /** Days up to `upTo` (inclusive, and above the previous bucket); the last has upTo null. */
  buckets: { upTo: number | null; count: number }[];
}

const bucketBounds = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function distribution(days: readonly number[]): Distribution {
  const sorted = [...days].sort((a, b) => a - b);
  const buckets = [...bucketBounds, null].map((upTo) => ({ upTo, count: 0 }));
  for (const value of sorted) {
    const bucket = buckets.find((b) => b.upTo === null || value <= b.upTo);
    if (bucket) bucket.count++;
  }
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p85: percentile(sorted, 85),
    max: sorted.at(-1) ?? null,
    buckets,
  };
}

/** Whole days between two instants, rounded up: same-day work counts as one day. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / dayMs));
}

/** Lead time: from the first ask (the request, or the item's creation) to done. */
export function leadTimes(items: readonly { askedAt: Date; doneAt: Date | null }[]): number[] {
  return items.flatMap((item) => (item.doneAt ? [daysBetween(item.askedAt, item.doneAt)] : []));
}

/** Cycle time: from the first move to in progress to the last move to done. */
export function cycleTimes(changes: readonly StatusChange[]): number[] {
  const started = new Map<string, Date>();
  const done = new Map<string, Date>();
  for (const change of [...changes].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (change.to === 'in_progress' && !started.has(change.key)) started.set(change.key, change.at);
    if (change.to === 'done') done.set(change.key, change.at);
    else if (done.has(change.key) && change.to !== 'archived') done.delete(change.key);
  }
  return [...done].flatMap(([key, at]) => {
    const start = started.get(key);
    return start && start <= at ? [daysBetween(start, at)] : [];
  });
}

export interface BurnUpPoint {
  day: string;
  scope: number;
  done: number;
}

/**
 * A burn-up: for each day from `start` to `end` (UTC), the points in scope and the points done
 * by the end of that day. `changes` add to or take from scope and done at their instant.
 */
export function burnUpSeries(
  start: Date,
  end: Date,
  changes: readonly { at: Date; scope: number; done: number }[],
): BurnUpPoint[] {
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const series: BurnUpPoint[] = [];
  let scope = 0;
  let done = 0;
  let next = 0;
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  for (let day = first; day <= end.getTime(); day += dayMs) {
    const endOfDay = day + dayMs;
    while (next < sorted.length && (sorted[next] as { at: Date }).at.getTime() < endOfDay) {
      scope += (sorted[next] as { scope: number }).scope;
      done += (sorted[next] as { done: number }).done;
      next++;
    }
    series.push({ day: new Date(day).toISOString().slice(0, 10), scope, done });
  }
  return series;
}

export type FlowCounts = Record<ItemStatus, number>;

/**
 * Cumulative flow: at each instant of `at`, how many items stood in each status (their last
 * change at or before it). Archived items leave the flow.
 */
export function cumulativeFlowSeries(
  changes: readonly StatusChange[],
  at: readonly Date[],
): { at: string; counts: FlowCounts }[] {
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const current = new Map<string, StatusChange['to']>();
  let next = 0;
  return [...at]
    .sort((a, b) => a.getTime() - b.getTime())
    .map((instant) => {
      while (next < sorted.length && (sorted[next] as StatusChange).at.getTime() <= instant.getTime()) {
        const change = sorted[next] as StatusChange;
        current.set(change.key, change.to);
        next++;
      }
      const counts: FlowCounts = { open: 0, in_progress: 0, on_hold: 0, done: 0 };
      for (const status of current.values()) if (status !== 'archived') counts[status]++;
      return { at: instant.toISOString(), counts };
    });
}

/** The ends of the `count` weeks up to `now` (each a Monday 00:00 UTC, the last after now). */
export function weekEnds(now: Date, count: number): Date[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysToMonday = (8 - new Date(today).getUTCDay()) % 7 || 7;
  const nextMonday = today + daysToMonday * dayMs;
  return Array.from({ length: count }, (_, i) => new Date(nextMonday - (count - 1 - i) * 7 * dayMs));
}

export interface FlowChange {
  at: Date;
  /** The status before the change; null when the item came into being. */
  from: ItemStatus | null;
  /** The status after; null when the item left the flow (archived). */
  to: ItemStatus | null;
  /** How many alike changes this one stands for (changes counted together in SQL); 1 if absent. */
  times?: number;
}

/**
 * Cumulative flow from today's counts, walking back through the recent changes only: each change
 * after an instant is undone to get the counts at that instant. Cheap however long the history.
 */
export function flowBackwards(
  current: FlowCounts,
  changes: readonly FlowChange[],
  at: readonly Date[],
): { at: string; counts: FlowCounts }[] {
  const newestFirst = [...changes].sort((a, b) => b.at.getTime() - a.at.getTime());
  const counts = { ...current };
  let next = 0;
  return [...at]
    .sort((a, b) => b.getTime() - a.getTime())
    .map((instant) => {
      while (
        next < newestFirst.length &&
        (newestFirst[next] as FlowChange).at.getTime() > instant.getTime()
      ) {
        const change = newestFirst[next] as FlowChange;
        const times = change.times ?? 1;
        if (change.to) counts[change.to] -= times;
        if (change.from) counts[change.from] += times;
        next++;
      }
      return { at: instant.toISOString(), counts: { ...counts } };
    })
    .reverse();
}

/** An item's time in a release (or any scope it can join and leave), with its points. */
export interface Membership {
  key: string;
  points: number;
  addedAt: Date;
  /** When it left; null while it is still in. */
  removedAt: Date | null;
}

/**
 * A burn-up's changes for members that come and go: scope rises when an item joins and falls when
 * it leaves; done rises while a member is done (from when it joins done, or is done while in) and
 * falls when it is reopened or leaves done. `changes` are the members' status changes.
 */
export function membershipChanges(
  members: readonly Membership[],
  changes: readonly StatusChange[],
): { at: Date; scope: number; done: number }[] {
  const out: { at: Date; scope: number; done: number }[] = [];
  for (const member of members) {
    const joined = member.addedAt.getTime();
    const left = member.removedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    out.push({ at: member.addedAt, scope: member.points, done: 0 });
    if (member.removedAt) out.push({ at: member.removedAt, scope: -member.points, done: 0 });
    const own = changes
      .filter((change) => change.key === member.key)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    // Each stretch of time the item stood done, clipped to its time in.
    let doneSince: number | null = null;
    const stretches: [number, number][] = [];
    for (const change of own) {
      const at = change.at.getTime();
      if (change.to === 'done' && doneSince === null) doneSince = at;
      else if (change.to !== 'done' && doneSince !== null) {
        stretches.push([doneSince, at]);
        doneSince = null;
      }
    }
    if (doneSince !== null) stretches.push([doneSince, Number.POSITIVE_INFINITY]);
    for (const [from, to] of stretches) {
      const start = Math.max(from, joined);
      const end = Math.min(to, left);
      if (start >= end) continue;
      out.push({ at: new Date(start), scope: 0, done: member.points });
      if (Number.isFinite(end)) out.push({ at: new Date(end), scope: 0, done: -member.points });
    }
  }
  return out;
}
