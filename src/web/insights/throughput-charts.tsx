import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Insights } from '../sprints/sprints-api.ts';
import { ChartCard } from './chart-card.tsx';
import {
  requestRows,
  requestSeries,
  type Series,
  sourceSeries,
  throughputRows,
  typeSeries,
} from './chart-data.ts';
import { axisProps, chartHeight, gridProps, isAnimated, legendProps, tooltipProps } from './chart-theme.ts';

interface ThroughputChartProps {
  throughput: Insights['throughput'];
  by: 'byType' | 'bySource';
}

/** Items finished each week, stacked by type or by where they came from. */
export function ThroughputChart({ throughput, by }: ThroughputChartProps) {
  const { rows, series } =
    by === 'byType'
      ? throughputRows(throughput, by, typeSeries)
      : throughputRows(throughput, by, sourceSeries);
  const total = rows.reduce(
    (sum, row) =>
      sum + series.reduce((s, one) => s + Number((row as Record<string, unknown>)[one.key] ?? 0), 0),
    0,
  );
  const title = by === 'byType' ? 'Throughput by type' : 'Throughput by source';
  return (
    <ChartCard
      title={title}
      note={`${total} items finished in ${rows.length} weeks`}
      summary={`${title}: ${total} items finished in ${rows.length} weeks.`}
      testId={by === 'byType' ? 'chart-throughput-type' : 'chart-throughput-source'}
      empty={total === 0 ? 'Nothing finished in these weeks.' : null}
    >
      <StackedBars rows={rows} series={series} categoryKey="label" />
    </ChartCard>
  );
}

/** What the requests from each source became: accepted, merged, declined, still waiting. */
export function RequestOutcomesChart({ requests }: { requests: Insights['requests'] }) {
  const rows = requestRows(requests);
  const total = rows.reduce((sum, row) => sum + requestSeries.reduce((s, one) => s + row[one.key], 0), 0);
  return (
    <ChartCard
      title="What requests became"
      note="Every request so far, by where it came from"
      summary={rows
        .map(
          (row) =>
            `${row.label}: ${requestSeries.map((s) => `${row[s.key]} ${s.label.toLowerCase()}`).join(', ')}`,
        )
        .join('. ')}
      testId="chart-requests"
      empty={total === 0 ? 'No request yet.' : null}
    >
      <StackedBars rows={rows} series={requestSeries} categoryKey="label" isHorizontal />
    </ChartCard>
  );
}

interface StackedBarsProps {
  rows: object[];
  series: readonly Series[];
  categoryKey: string;
  isHorizontal?: boolean;
}

function StackedBars({ rows, series, categoryKey, isHorizontal = false }: StackedBarsProps) {
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      <BarChart
        data={rows}
        layout={isHorizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 8, bottom: 0, left: isHorizontal ? 8 : -16 }}
      >
        <CartesianGrid {...gridProps} vertical={isHorizontal} horizontal={!isHorizontal} />
        {isHorizontal ? (
          <>
            <XAxis type="number" {...axisProps} allowDecimals={false} />
            <YAxis type="category" dataKey={categoryKey} {...axisProps} width={118} />
          </>
        ) : (
          <>
            <XAxis dataKey={categoryKey} {...axisProps} />
            <YAxis {...axisProps} allowDecimals={false} />
          </>
        )}
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        {series.map((one) => (
          <Bar
            key={one.key}
            dataKey={one.key}
            name={one.label}
            stackId="stack"
            fill={one.color}
            maxBarSize={isHorizontal ? 26 : 40}
            isAnimationActive={isAnimated()}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
