import { performance } from 'node:perf_hooks';

/** Timing helpers: durations in milliseconds, percentiles by the nearest-rank method. */

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarise(durations: readonly number[]): Summary {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? total / sorted.length : Number.NaN,
  };
}

/** Runs `work(i)` `warmups` times untimed, then `runs` times one after another, timing each. */
export async function timeSequential(
  runs: number,
  warmups: number,
  work: (i: number) => Promise<unknown>,
): Promise<Summary> {
  for (let i = 0; i < warmups; i++) await work(i);
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(warmups + i);
    durations.push(performance.now() - start);
  }
  return summarise(durations);
}

/** Runs `work(i)` for i in [0, total) on `concurrency` workers; answers operations per second. */
export async function throughput(
  total: number,
  concurrency: number,
  work: (i: number) => Promise<unknown>,
): Promise<{ total: number; concurrency: number; seconds: number; perSecond: number }> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < total) await work(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  return { total, concurrency, seconds, perSecond: total / seconds };
}

/** A small seeded random generator (mulberry32), so every run seeds the same backlog. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
