import { shortDay } from '../insights/chart-data.ts';
import type { HealthDay, HealthPart } from './custodian-api.ts';

/** The health score in words and in the rows its trend chart draws: pure. */

export const partLabels: Record<HealthPart['part'], string> = {
  triage: 'Triage',
  tags: 'Tags',
  readiness: 'Readiness at the top',
  consistency: 'Consistent statuses',
  staleness: 'Staleness',
  size: 'Backlog size',
};

/** The points a part costs the score: what it lacks of 100, in proportion to its weight. */
export function pointsLost(part: HealthPart, parts: readonly HealthPart[]): number {
  const totalWeight = parts.reduce((sum, each) => sum + each.weight, 0);
  return totalWeight > 0 ? ((100 - part.score) * part.weight) / totalWeight : 0;
}

/** The parts that pull the score down, the costliest first; and those in full health. */
export function partsByCost(parts: readonly HealthPart[]): { pulling: HealthPart[]; fine: HealthPart[] } {
  const pulling = parts
    .filter((part) => part.score < 100)
    .sort((a, b) => pointsLost(b, parts) - pointsLost(a, parts));
  return { pulling, fine: parts.filter((part) => part.score >= 100) };
}

export type HealthBand = 'good' | 'fair' | 'poor';

export const healthBand = (score: number): HealthBand =>
  score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';

export const bandWords: Record<HealthBand, string> = {
  good: 'Healthy',
  fair: 'Needs care',
  poor: 'Unhealthy',
};

export interface TrendRow {
  day: string;
  label: string;
  score: number;
}

/** One point a day, oldest first, labelled the way the axes show days ("Mar 3"). */
export function trendRows(days: readonly HealthDay[]): TrendRow[] {
  return [...days]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((day) => ({ day: day.day, label: shortDay(day.day), score: day.score }));
}

/** The trend in one line: how the score moved since the first day kept. */
export function trendNote(rows: readonly TrendRow[]): string {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return 'No daily score kept yet: the trend starts with the first daily round.';
  if (rows.length === 1) return `One day kept so far (${first.label}): the trend builds up day by day.`;
  const change = last.score - first.score;
  if (change === 0) return `Unchanged since ${first.label}.`;
  return `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)} point${Math.abs(change) === 1 ? '' : 's'} since ${first.label}.`;
}
