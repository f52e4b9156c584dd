import {
  Area,
  AreaChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Insights } from '../sprints/sprints-api.ts';
import { ChartCard } from './chart-card.tsx';
import { type BurnUpSeries, burnUpRows, flowRows, flowSeries } from './chart-data.ts';
import { axisProps, chartHeight, gridProps, isAnimated, legendProps, tooltipProps } from './chart-theme.ts';

interface BurnUpChartProps {
  /** Whose burn-up: a sprint's or a release's name; null when there is none yet. */
  of: string | null;
  series: BurnUpSeries;
  /** What to say when there is nothing to burn up yet. */
  none: string;
  testId: string;
}

/** A sprint's or a release's burn-up: points in scope against points done, day by day. */
export function BurnUpChart({ of, series, none, testId }: BurnUpChartProps) {
  const rows = burnUpRows(series);
  const last = rows.at(-1);
  // In the first days the lines are too short to see: their points are drawn too.
  const dot = rows.length <= 3 ? { r: 3, strokeDasharray: '0' } : false;
  return (
    <ChartCard
      title={of ? `Burn-up · ${of}` : 'Burn-up'}
      note={last ? `${last.done} of ${last.scope} points done` : undefined}
      summary={last ? `${of}: ${last.done} of ${last.scope} points done so far.` : none}
      testId={testId}
      empty={
        !of
          ? none
          : rows.length === 0
            ? `${of} has not started yet: its burn-up begins on its first day.`
            : null
      }
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} minTickGap={16} />
          <YAxis {...axisProps} allowDecimals={false} />
          <Tooltip {...tooltipProps} />
          <Legend {...legendProps} />
          <Area
            type="linear"
            dataKey="done"
            name="Done"
            stroke="var(--accent)"
            fill="var(--accent)"
            fillOpacity={0.18}
            strokeWidth={2}
            dot={dot}
            isAnimationActive={isAnimated()}
          />
          <Line
            type="stepAfter"
            dataKey="scope"
            name="Scope"
            stroke="var(--text-muted)"
            strokeDasharray="5 4"
            strokeWidth={1.5}
            dot={dot}
            isAnimationActive={isAnimated()}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** How many items stood in each status, week by week: widening bands show where work piles up. */
export function CumulativeFlowChart({ flow }: { flow: Insights['cumulativeFlow'] }) {
  const rows = flowRows(flow);
  const last = rows.at(-1);
  return (
    <ChartCard
      title="Cumulative flow"
      note="Items in each status at the end of each week"
      summary={
        last
          ? `This week: ${last.open} open, ${last.in_progress} in progress, ${last.on_hold} on hold, ${last.done} done.`
          : 'No weeks to show.'
      }
      testId="chart-flow"
      empty={rows.length === 0 ? 'Nothing has moved yet.' : null}
      wide
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} />
          <YAxis {...axisProps} allowDecimals={false} />
          <Tooltip {...tooltipProps} />
          <Legend {...legendProps} />
          {flowSeries.map((series) => (
            <Area
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.label}
              stackId="flow"
              stroke={series.color}
              fill={series.color}
              fillOpacity={0.55}
              isAnimationActive={isAnimated()}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
