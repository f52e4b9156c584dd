import type { Forecast } from './sprints-api.ts';

export type ForecastBoundary = Forecast['boundaries'][number];

/**
 * Where to draw each coming sprint's end in the list: after the row of its last item. Only on the
 * whole backlog in its order (a filter or another sort hides the rows the forecast counts), and
 * only for rows the list has loaded.
 */
export function forecastLinesByKey(
  keys: readonly string[],
  boundaries: readonly ForecastBoundary[],
  isWholeBacklogInOrder: boolean,
): Map<string, ForecastBoundary> {
  if (!isWholeBacklogInOrder) return new Map();
  const shown = new Set(keys);
  return new Map(boundaries.filter((b) => shown.has(b.afterKey)).map((b) => [b.afterKey, b]));
}

/** "End of sprint +1 (≈ 21 pts)": the coming sprint is +1, the one after +2… */
export function forecastLineLabel(boundary: ForecastBoundary): string {
  return `End of sprint +${boundary.sprint} (≈ ${formatPoints(boundary.points)} pts)`;
}

/** The velocity and where it comes from, for the list's header, and what unestimated items count as. */
export function velocityText(
  forecast: Pick<Forecast, 'velocity' | 'basis'> & Partial<Pick<Forecast, 'unestimatedPoints'>>,
): string {
  if (forecast.velocity === null || forecast.basis === 'none')
    return 'No velocity yet: close a sprint, or set one in the product’s settings';
  const basis =
    forecast.basis === 'history' ? 'the mean of the last closed sprints' : 'set in the product’s settings';
  const unestimated = forecast.unestimatedPoints
    ? `; an item without an estimate counts as ${formatPoints(forecast.unestimatedPoints)} (the median)`
    : '';
  return `Velocity ≈ ${formatPoints(forecast.velocity)} pts a sprint, ${basis}${unestimated}`;
}

const formatPoints = (points: number) => String(Math.round(points * 10) / 10);
