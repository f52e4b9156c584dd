/**
 * Prioritisation aids beside the rank: WSJF, RICE and MoSCoW, and "order by score" as a preview
 * of the order a score would give. The rank stays the truth; a preview changes nothing.
 */

export interface WsjfInput {
  businessValue: number | null;
  timeCriticality: number | null;
  riskReduction: number | null;
  jobSize: number | null;
}

/** Cost of delay over job size; null until every part is given and the job has a size. */
export function wsjfScore(input: WsjfInput): number | null {
  const { businessValue, timeCriticality, riskReduction, jobSize } = input;
  if (businessValue === null || timeCriticality === null || riskReduction === null || !jobSize) return null;
  return round((businessValue + timeCriticality + riskReduction) / jobSize);
}

export interface RiceInput {
  /** People or events per period. */
  reach: number | null;
  /** 0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive. */
  impact: number | null;
  /** Percent, 0–100. */
  confidence: number | null;
  /** Person-months. */
  effort: number | null;
}

export const riceImpacts = [0.25, 0.5, 1, 2, 3] as const;

export function riceScore(input: RiceInput): number | null {
  const { reach, impact, confidence, effort } = input;
  if (reach === null || impact === null || confidence === null || !effort) return null;
  return round((reach * impact * (confidence / 100)) / effort);
}

export const moscow = ['must', 'should', 'could', 'wont'] as const;
export type Moscow = (typeof moscow)[number];

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface Scored {
  key: string;
  score: number | null;
}

export interface ProposedPlace {
  key: string;
  score: number | null;
  from: number;
  to: number;
  /** Whether this item must move for the order to become the proposed one (few as can be). */
  moves: boolean;
  /** Where to put it: right after this item in the proposed order, or at the top. */
  after: string | null;
}

/**
 * The order a score proposes: highest first, ties and unscored items keeping their current
 * relative order (unscored last). `moves` marks a smallest set of items to move: those outside
 * a longest run already in the proposed order.
 */
export function proposeOrder(current: readonly Scored[]): ProposedPlace[] {
  const indexed = current.map((item, from) => ({ ...item, from }));
  const proposed = [...indexed].sort((a, b) => {
    if (a.score === null || b.score === null)
      return a.score === null ? (b.score === null ? a.from - b.from : 1) : -1;
    return b.score - a.score || a.from - b.from;
  });
  const staying = longestIncreasingRun(proposed.map((item) => item.from));
  return proposed.map((item, to) => ({
    key: item.key,
    score: item.score,
    from: item.from,
    to,
    moves: !staying.has(to),
    after: to === 0 ? null : (proposed[to - 1]?.key ?? null),
  }));
}

/**
 * The moves that put each chosen item at its proposed position while the others keep their order:
 * the order to reach has the chosen items at their positions and the others, in their current
 * order, in the places left; each chosen item then goes (by position) right after the item above
 * it there, or to the top. What the preview shows is where each lands.
 */
export function movesForChosen(
  proposal: readonly ProposedPlace[],
  chosen: ReadonlySet<string>,
): { key: string; after: string | null }[] {
  const picked = proposal.filter((place) => chosen.has(place.key));
  const target: (string | null)[] = proposal.map(() => null);
  for (const place of picked) target[place.to] = place.key;
  const others = [...proposal]
    .sort((a, b) => a.from - b.from)
    .filter((place) => !chosen.has(place.key))
    .map((place) => place.key);
  for (let slot = 0, next = 0; slot < target.length; slot++) {
    if (target[slot] === null) target[slot] = others[next++] ?? null;
  }
  return picked.map((place) => ({
    key: place.key,
    after: place.to === 0 ? null : (target[place.to - 1] ?? null),
  }));
}

/** Positions (in `values`) of a longest strictly increasing subsequence. */
function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] as number] as number) < (values[i] as number)) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  }
  const run = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) run.add(i);
  return run;
}
