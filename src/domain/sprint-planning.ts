/** Sprint planning and forecasting: pure rules over points and items, no dates but those given. */

export interface Candidate {
  key: string;
  estimate: number | null;
  isReady: boolean;
}

export interface CapacityProposal {
  /** The ready items from the top, in order, that fit the capacity. */
  proposed: string[];
  points: number;
  /** Items at the top that were passed over, with why. */
  skipped: { key: string; reason: 'not_ready' | 'no_estimate' | 'does_not_fit' }[];
}

/**
 * Walks the backlog from the top and takes ready, estimated items while they fit the capacity.
 * An item that does not fit is passed over and the walk goes on, so smaller ready items below it
 * can still fill the sprint; the walk stops once the capacity is full.
 */
export function proposeByCapacity(candidates: readonly Candidate[], capacity: number): CapacityProposal {
  const proposed: string[] = [];
  const skipped: CapacityProposal['skipped'] = [];
  let points = 0;
  for (const item of candidates) {
    if (points >= capacity) break;
    if (!item.isReady) skipped.push({ key: item.key, reason: 'not_ready' });
    else if (item.estimate === null) skipped.push({ key: item.key, reason: 'no_estimate' });
    else if (points + item.estimate > capacity) skipped.push({ key: item.key, reason: 'does_not_fit' });
    else {
      proposed.push(item.key);
      points += item.estimate;
    }
  }
  return { proposed, points, skipped };
}

/** The mean of the last `count` closed sprints' completed points; null with no history. */
export function averageVelocity(completedPoints: readonly number[], count = 3): number | null {
  const recent = completedPoints.slice(-count);
  if (recent.length === 0) return null;
  return Math.round((recent.reduce((sum, points) => sum + points, 0) / recent.length) * 10) / 10;
}

export interface ForecastBoundary {
  /** 1 for the coming sprint, 2 for the one after… */
  sprint: number;
  /** The last item likely to fit in that sprint. */
  afterKey: string;
  points: number;
}

/**
 * Where each coming sprint is likely to end in the ranked backlog, at the team's velocity. An
 * item without an estimate counts as `unestimatedPoints`. At most `horizon` sprints.
 */
export function forecastBoundaries(
  items: readonly { key: string; estimate: number | null }[],
  velocity: number | null,
  options: { unestimatedPoints?: number; horizon?: number } = {},
): ForecastBoundary[] {
  if (!velocity || velocity <= 0) return [];
  const horizon = options.horizon ?? 6;
  const boundaries: ForecastBoundary[] = [];
  let sprint = 1;
  let points = 0;
  let last: string | null = null;
  for (const item of items) {
    const size = item.estimate ?? options.unestimatedPoints ?? 0;
    if (points > 0 && points + size > velocity) {
      if (last) boundaries.push({ sprint, afterKey: last, points });
      if (boundaries.length >= horizon) return boundaries;
      sprint++;
      points = 0;
    }
    points += size;
    last = item.key;
  }
  if (last && points > 0 && boundaries.length < horizon) boundaries.push({ sprint, afterKey: last, points });
  return boundaries;
}
