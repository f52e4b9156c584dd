import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { averageVelocity } from '../../domain/sprint-planning.ts';
import type { Insights } from '../sprints/sprints-api.ts';
import { ChartCard } from './chart-card.tsx';
import { type Distribution, formatDays, histogramRows, percentileLines } from './chart-data.ts';
import { axisProps, chartHeight, gridProps, isAnimated, legendProps, tooltipProps } from './chart-theme.ts';

/** Points committed against points completed, sprint by sprint, with the mean the forecast uses. */
export function VelocityChart({ velocity }: { velocity: Insights['velocity'] }) {
  const mean = averageVelocity(velocity.map((sprint) => sprint.completed));
  return (
    <ChartCard
      title="Velocity"
      note={
        mean === null ? 'Committed and completed points per sprint' : `Mean of the last 3: ${mean} points`
      }
      summary={
        velocity.map((s) => `${s.sprint}: ${s.completed} of ${s.committed} points`).join('; ') ||
        'No closed sprint.'
      }
      testId="chart-velocity"
      empty={velocity.length === 0 ? 'No closed sprint yet.' : null}
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart
          data={velocity}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          barGap={2}
          maxBarSize={40}
        >
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="sprint" {...axisProps} />
          <YAxis {...axisProps} allowDecimals={false} />
          <Tooltip {...tooltipProps} />
          <Legend {...legendProps} />
          <Bar
            dataKey="committed"
            name="Committed"
            fill="var(--text-faint)"
            fillOpacity={0.5}
            radius={[3, 3, 0, 0]}
            isAnimationActive={isAnimated()}
          />
          <Bar
            dataKey="completed"
            name="Completed"
            fill="var(--accent)"
            radius={[3, 3, 0, 0]}
            isAnimationActive={isAnimated()}
          />
          {mean !== null && (
            <ReferenceLine
              y={mean}
              stroke="var(--text-muted)"
              strokeDasharray="4 4"
              ifOverflow="extendDomain"
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

interface TimeChartProps {
  title: string;
  /** What is measured, from when to when. */
  measures: string;
  distribution: Distribution;
  testId: string;
}

/** A distribution of days as a histogram over its buckets, with where half and 85% finish. */
export function TimeHistogram({ title, measures, distribution, testId }: TimeChartProps) {
  const { rows, p50, p85 } = histogramRows(distribution);
  const figures = `p50 ${formatDays(distribution.p50)} · p85 ${formatDays(distribution.p85)} · ${distribution.count} items`;
  return (
    <ChartCard
      title={title}
      note={distribution.count > 0 ? figures : measures}
      summary={`${measures}. ${figures}.`}
      testId={testId}
      empty={distribution.count === 0 ? 'Nothing finished in these weeks.' : null}
    >
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: -16 }} barCategoryGap={2}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} interval={0} fontSize={10} />
          <YAxis {...axisProps} allowDecimals={false} />
          <Tooltip {...tooltipProps} formatter={(value) => [value, 'Items']} />
          <Bar
            dataKey="count"
            name="Items"
            fill="var(--accent)"
            fillOpacity={0.8}
            radius={[3, 3, 0, 0]}
            isAnimationActive={isAnimated()}
          />
          {percentileLines(p50, p85).map((line) => (
            <ReferenceLine
              key={line.label}
              x={line.at}
              stroke={line.color}
              strokeDasharray="4 3"
              label={{ value: line.label, position: 'top', fill: line.color, fontSize: 11 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
