/** Refinement sessions and planning poker: the rules that need no database. */

export const refinementOutcomes = [
  'clarified',
  'estimated',
  'split',
  'reranked',
  'archived',
  'skipped',
] as const;
export type RefinementOutcome = (typeof refinementOutcomes)[number];

/** How each outcome reads in a summary: "2 split", "1 re-ranked". */
export const outcomeLabels: Record<RefinementOutcome, string> = {
  clarified: 'clarified',
  estimated: 'estimated',
  split: 'split',
  reranked: 're-ranked',
  archived: 'archived',
  skipped: 'skipped',
};

export const fibonacciDeck = ['0', '1', '2', '3', '5', '8', '13', '21', '?', '☕'] as const;

/** Cards that are a number of points; '?' and '☕' are votes that say "I can't tell" or "break". */
export function cardPoints(card: string): number | null {
  return /^\d{1,4}$/.test(card) ? Number(card) : null;
}

export interface VoteSummary {
  votes: number;
  /** Whether every numeric vote names the same card. */
  isUnanimous: boolean;
  lowest: number | null;
  highest: number | null;
  /** The numeric card with more votes than any other; null on a tie. */
  mostVoted: number | null;
  /** The middle numeric vote (of two middles, the larger): where a tie is best settled. */
  middle: number | null;
}

export function summariseVotes(cards: readonly string[]): VoteSummary {
  const points = cards.map(cardPoints).filter((p): p is number => p !== null);
  const counts = new Map<number, number>();
  for (const p of points) counts.set(p, (counts.get(p) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const leaders = [...counts].filter(([, count]) => count === most).map(([value]) => value);
  const sorted = [...points].sort((a, b) => a - b);
  return {
    votes: cards.length,
    isUnanimous: points.length > 0 && counts.size === 1 && points.length === cards.length,
    lowest: points.length ? Math.min(...points) : null,
    highest: points.length ? Math.max(...points) : null,
    mostVoted: leaders.length === 1 ? (leaders[0] as number) : null,
    middle: sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : null,
  };
}

/** The next session date after `from`, on the product's cadence (7 or 14 days). */
export function nextSessionDate(last: Date | null, from: Date, cadenceDays: 7 | 14): Date {
  const day = 86_400_000;
  if (!last) return new Date(from.getTime() + cadenceDays * day);
  let next = last.getTime() + cadenceDays * day;
  while (next <= from.getTime()) next += cadenceDays * day;
  return new Date(next);
}

/** Sprints of ready work: ready points over the team's points per sprint (one decimal). */
export function sprintsOfReadyWork(readyPoints: number, velocity: number | null): number | null {
  if (!velocity || velocity <= 0) return null;
  return Math.round((readyPoints / velocity) * 10) / 10;
}
