import type { ItemSummary } from '../../client/ordo-client.ts';
import type { ScoreKind } from '../refinement/refinement-api.ts';

/** An item on the value/effort chart. */
export interface ValueEffortPoint {
  key: string;
  title: string;
  value: number;
  effort: number;
  score: number;
}

type Scored = Pick<ItemSummary, 'key' | 'title' | 'wsjf' | 'rice'>;

/**
 * Where an item sits for a score: WSJF's value is its cost of delay (business value, time
 * criticality and risk reduction) against its job size; RICE's is reach × impact × confidence
 * against effort. Items without a full score are left off.
 */
export function valueEffortPoint(item: Scored, by: ScoreKind): ValueEffortPoint | null {
  if (by === 'wsjf') {
    const { businessValue, timeCriticality, riskReduction, jobSize, score } = item.wsjf;
    if (score === null || businessValue === null || timeCriticality === null || riskReduction === null)
      return null;
    if (!jobSize) return null;
    const value = businessValue + timeCriticality + riskReduction;
    return { key: item.key, title: item.title, value, effort: jobSize, score };
  }
  const { reach, impact, confidence, effort, score } = item.rice;
  if (score === null || reach === null || impact === null || confidence === null || !effort) return null;
  const value = Math.round(reach * impact * (confidence / 100) * 100) / 100;
  return { key: item.key, title: item.title, value, effort, score };
}

/** What each axis measures, for each score. */
export const axisNames: Record<ScoreKind, { value: string; effort: string }> = {
  wsjf: { value: 'Cost of delay', effort: 'Job size' },
  rice: { value: 'Reach × impact × confidence', effort: 'Effort (person-months)' },
};

/** Round axis steps (1, 2, 2.5 or 5 times a power of ten) from 0 past `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

/** A short number for an axis: 1200 → "1.2k", 2500000 → "2.5M". */
export function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return trim(value);
}

const trim = (value: number) => String(Math.round(value * 100) / 100);
