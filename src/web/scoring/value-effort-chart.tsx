import { useNavigate } from 'react-router';
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ItemSummary } from '../../client/ordo-client.ts';
import { itemPath } from '../app.tsx';
import type { ScoreKind } from '../refinement/refinement-api.ts';
import {
  axisNames,
  niceTicks,
  shortNumber,
  type ValueEffortPoint,
  valueEffortPoint,
} from './value-effort.ts';

const formulas: Record<ScoreKind, string> = {
  wsjf: 'Cost of delay is business value + time criticality + risk reduction; WSJF divides it by job size.',
  rice: 'Value is reach × impact × confidence; RICE divides it by effort in person-months.',
};

interface ValueEffortChartProps {
  items: readonly ItemSummary[];
  by: ScoreKind;
}

/**
 * Value against effort for the items with a full score: the top left holds the quick wins, the
 * top right the big bets. A point opens its item; the table below says the same in words.
 */
export function ValueEffortChart({ items, by }: ValueEffortChartProps) {
  const navigate = useNavigate();
  const points = items.flatMap((item) => valueEffortPoint(item, by) ?? []);
  const names = axisNames[by];
  if (points.length === 0) {
    return (
      <p className="muted chart-empty" data-testid="chart-empty">
        No item has a full {by.toUpperCase()} score yet: score items on their page to see them here.
      </p>
    );
  }
  const xTicks = niceTicks(Math.max(...points.map((point) => point.effort)));
  const yTicks = niceTicks(Math.max(...points.map((point) => point.value)));
  const xMax = xTicks.at(-1) ?? 1;
  const yMax = yTicks.at(-1) ?? 1;
  const quadrant = (x1: number, x2: number, y1: number, y2: number, name: string, isBest = false) => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      className={isBest ? 'quadrant quadrant-best' : 'quadrant'}
      label={{
        value: name,
        position: x1 === 0 ? 'insideTopLeft' : 'insideTopRight',
        className: 'quadrant-name',
      }}
    />
  );

  return (
    <figure className="value-effort" data-testid="value-effort-chart">
      <ResponsiveContainer width="100%" height={340}>
        <ScatterChart margin={{ top: 8, right: 56, bottom: 20, left: 8 }}>
          {quadrant(0, xMax / 2, yMax / 2, yMax, 'Quick wins', true)}
          {quadrant(xMax / 2, xMax, yMax / 2, yMax, 'Big bets')}
          {quadrant(0, xMax / 2, 0, yMax / 2, 'Fill-ins')}
          {quadrant(xMax / 2, xMax, 0, yMax / 2, 'Money pits')}
          <CartesianGrid />
          <XAxis
            type="number"
            dataKey="effort"
            name={names.effort}
            domain={[0, xMax]}
            ticks={xTicks}
            tickFormatter={shortNumber}
            label={{
              value: `${names.effort} →`,
              position: 'insideBottom',
              offset: -12,
              className: 'axis-name',
            }}
          />
          <YAxis
            type="number"
            dataKey="value"
            name={names.value}
            domain={[0, yMax]}
            ticks={yTicks}
            tickFormatter={shortNumber}
            width={48}
            label={{
              value: `${names.value} →`,
              angle: -90,
              position: 'insideLeft',
              className: 'axis-name',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => (
              <PointTooltip
                point={active ? (payload?.[0]?.payload as ValueEffortPoint | undefined) : undefined}
                by={by}
              />
            )}
          />
          <Scatter
            data={points}
            className="chart-points"
            onClick={(point) => {
              const key = (point as { payload?: ValueEffortPoint }).payload?.key;
              if (key) void navigate(itemPath(key));
            }}
          >
            <LabelList dataKey="key" position="right" className="point-label" />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        {points.length} of {items.length} items have a full {by.toUpperCase()} score. {formulas[by]}
      </figcaption>
    </figure>
  );
}

function PointTooltip({ point, by }: { point: ValueEffortPoint | undefined; by: ScoreKind }) {
  if (!point) return null;
  const names = axisNames[by];
  return (
    <div className="chart-tooltip">
      <strong>
        <span className="item-key">{point.key}</span> {point.title}
      </strong>
      <span>
        {names.value}: {shortNumber(point.value)} · {names.effort}: {shortNumber(point.effort)}
      </span>
      <span>
        {by.toUpperCase()} score: <strong>{point.score}</strong>
      </span>
    </div>
  );
}
