import {
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemSourceLabels,
  itemSources,
  itemStatusLabels,
  itemTypeLabels,
  itemTypes,
} from '../../domain/item.ts';
import { type RequestState, requestStates } from '../../domain/request.ts';
import type { Insights } from '../sprints/sprints-api.ts';

/** Shapes the insights the API sends into the rows each chart draws: pure, one per chart. */

export type Distribution = Insights['leadTime'];

export interface Series<K extends string = string> {
  key: K;
  label: string;
  /** A CSS colour (a design token), so the charts follow light and dark. */
  color: string;
}

const dayLabel = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Mar 3": a day (YYYY-MM-DD or an ISO instant) as the axes show it. */
export const shortDay = (iso: string) =>
  dayLabel.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));

/** Bottom to top of the cumulative flow: what is finished lies at the bottom. */
export const flowSeries: Series<ItemStatus>[] = (['done', 'in_progress', 'on_hold', 'open'] as const).map(
  (status) => ({ key: status, label: itemStatusLabels[status], color: `var(--status-${status})` }),
);

export const typeSeries: Series<ItemType>[] = itemTypes.map((type) => ({
  key: type,
  label: itemTypeLabels[type],
  color: `var(--type-${type}-fg)`,
}));

export const sourceSeries: Series<ItemSource>[] = itemSources.map((source) => ({
  key: source,
  label: itemSourceLabels[source],
  color: `var(--source-${source})`,
}));

const requestStateWords: Record<RequestState, string> = {
  new: 'Waiting',
  needs_info: 'Needs info',
  accepted: 'Accepted',
  merged: 'Merged',
  declined: 'Declined',
};
const requestStateColors: Record<RequestState, string> = {
  new: 'var(--status-open)',
  needs_info: 'var(--warning)',
  accepted: 'var(--success)',
  merged: 'var(--accent)',
  declined: 'var(--danger)',
};
export const requestSeries: Series<RequestState>[] = requestStates.map((state) => ({
  key: state,
  label: requestStateWords[state],
  color: requestStateColors[state],
}));

/** Week by week, how many items stood in each status. */
export function flowRows(flow: Insights['cumulativeFlow']) {
  return flow.map((point) => ({ label: shortDay(point.at), ...point.counts }));
}

export type BurnUpSeries = NonNullable<Insights['burnUp']>['series'];

/** Day by day, the points in scope and done in the sprint (or release). */
export function burnUpRows(series: BurnUpSeries) {
  return series.map((point) => ({ label: shortDay(point.day), scope: point.scope, done: point.done }));
}

/** Items finished each week, by type or by source, with only the series that have any. */
export function throughputRows<K extends ItemType | ItemSource>(
  throughput: Insights['throughput'],
  by: 'byType' | 'bySource',
  series: readonly Series<K>[],
) {
  const rows = throughput.map((week) => ({
    label: shortDay(week.week),
    ...(week[by] as Record<K, number>),
  }));
  const used = series.filter((s) => rows.some((row) => (row as Record<K, number>)[s.key] > 0));
  return { rows, series: used };
}

/** What each source's requests became, a row per source. */
export function requestRows(requests: Insights['requests']) {
  return itemSources.map((source) => ({ label: itemSourceLabels[source], ...requests[source] }));
}

/** "≤ 1 d", "2 d", "4–5 d", "> 89 d": a bucket of days, above the one before it. */
export function bucketLabel(buckets: Distribution['buckets'], index: number): string {
  const bucket = buckets[index];
  if (!bucket) return '';
  const below = index > 0 ? buckets[index - 1]?.upTo : null;
  if (bucket.upTo === null) return `> ${below ?? 0} d`;
  if (index === 0) return `≤ ${bucket.upTo} d`;
  const from = (below ?? 0) + 1;
  return from === bucket.upTo ? `${bucket.upTo} d` : `${from}–${bucket.upTo} d`;
}

/** The bucket a number of days falls in (for marking p50 and p85), or null. */
export function bucketOf(buckets: Distribution['buckets'], days: number | null): string | null {
  if (days === null) return null;
  const index = buckets.findIndex((bucket) => bucket.upTo === null || days <= bucket.upTo);
  return index < 0 ? null : bucketLabel(buckets, index);
}

/**
 * A histogram's bars: one per bucket, with the empty tail after the last filled bucket left out
 * (a few long waits should not squeeze the rest), and where its p50 and p85 fall.
 */
export function histogramRows(distribution: Distribution) {
  const lastFilled = distribution.buckets.findLastIndex((bucket) => bucket.count > 0);
  const rows = distribution.buckets
    .slice(0, Math.max(lastFilled + 1, Math.min(4, distribution.buckets.length)))
    .map((bucket, index) => ({ label: bucketLabel(distribution.buckets, index), count: bucket.count }));
  return {
    rows,
    p50: bucketOf(distribution.buckets, distribution.p50),
    p85: bucketOf(distribution.buckets, distribution.p85),
  };
}

/**
 * The marks on a histogram: where half and where 85% of the items finished; one mark when both
 * fall in the same bucket.
 */
export function percentileLines(p50: string | null, p85: string | null) {
  if (p50 && p50 === p85) return [{ at: p50, label: 'p50 · p85', color: 'var(--success)' }];
  return [
    ...(p50 ? [{ at: p50, label: 'p50', color: 'var(--success)' }] : []),
    ...(p85 ? [{ at: p85, label: 'p85', color: 'var(--warning)' }] : []),
  ];
}

/** "12 d", or a dash when there is nothing to measure. */
export const formatDays = (days: number | null) => (days === null ? '–' : `${days} d`);
