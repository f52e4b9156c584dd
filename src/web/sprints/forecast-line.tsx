import { useQuery } from '@tanstack/react-query';
import { client } from '../api.ts';
import {
  type ForecastBoundary,
  forecastLineLabel,
  forecastLinesByKey,
  velocityText,
} from './forecast-lines.ts';
import { type Forecast, sprintKeys } from './sprints-api.ts';

/**
 * The sprint forecast for a backlog list: the velocity for its header, and the line to draw after
 * a row where a coming sprint is likely to end (`renderAfter`).
 */
export function useForecastLines(
  productKey: string,
  keys: readonly string[],
  isWholeBacklogInOrder: boolean,
) {
  const forecast = useQuery({
    queryKey: sprintKeys.forecast(productKey),
    queryFn: () => client.forecast(productKey),
  });
  const lines = forecastLinesByKey(keys, forecast.data?.boundaries ?? [], isWholeBacklogInOrder);
  const renderAfter = (key: string) => {
    const boundary = lines.get(key);
    return boundary ? <ForecastLine boundary={boundary} /> : null;
  };
  return { forecast: forecast.data, renderAfter };
}

/** A line between two backlog rows: a coming sprint is likely to end here. */
export function ForecastLine({ boundary }: { boundary: ForecastBoundary }) {
  return (
    <li className="forecast-line" data-testid="forecast-line" data-sprint={boundary.sprint}>
      <span className="forecast-line-label">{forecastLineLabel(boundary)}</span>
    </li>
  );
}

/** The velocity the forecast lines use, and where it comes from. */
export function ForecastVelocity({ forecast }: { forecast: Forecast }) {
  return (
    <span className="forecast-velocity muted" data-testid="forecast-velocity" data-basis={forecast.basis}>
      {velocityText(forecast)}
    </span>
  );
}
