/** How full a sprint is: what the capacity bar draws and says. */
export interface CapacityFill {
  committed: number;
  capacity: number;
  /** Of the bar's width: the part within capacity, and the part over it (percentages). */
  withinPercent: number;
  overPercent: number;
  /** Where the capacity falls on the bar when it is exceeded (100 otherwise). */
  capacityAtPercent: number;
  isOver: boolean;
  /** "18 of 24 points · 6 left", "30 of 24 points · 6 over". */
  label: string;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** "1 item", "3 items". */
export const itemCount = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/**
 * The bar spans the capacity, or what is committed when that is more: within capacity it fills
 * up; beyond, the overflow is drawn after a mark where the capacity ends.
 */
export function capacityFill(committed: number, capacity: number): CapacityFill {
  const scale = Math.max(committed, capacity);
  const percent = (value: number) => (scale > 0 ? Math.round((value / scale) * 1000) / 10 : 0);
  const isOver = committed > capacity;
  const within = Math.min(committed, capacity);
  return {
    committed,
    capacity,
    withinPercent: percent(within),
    overPercent: isOver ? Math.round((100 - percent(within)) * 10) / 10 : 0,
    capacityAtPercent: isOver ? percent(capacity) : 100,
    isOver,
    label: `${committed} of ${points(capacity)} · ${
      isOver ? `${committed - capacity} over` : `${capacity - committed} left`
    }`,
  };
}

/** The points of some items (their estimates), and how many have none. */
export function pointsOf(items: readonly { estimate: number | null }[]): {
  points: number;
  unestimated: number;
} {
  let points = 0;
  let unestimated = 0;
  for (const item of items) {
    if (item.estimate === null) unestimated++;
    else points += item.estimate;
  }
  return { points, unestimated };
}
