import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, gridProps, isAnimated, tooltipProps } from '../insights/chart-theme.ts';
import type { TrendRow } from './health-data.ts';

const height = 112;

/** The health score day by day: a small line on a 0–100 scale. */
export function HealthTrendChart({ rows }: { rows: readonly TrendRow[] }) {
  // A trend of a few days is too short to see as a line: its points are drawn too.
  const dot = rows.length <= 3 ? { r: 3, fill: 'var(--accent)' } : false;
  return (
    <div className="chart-body health-trend-chart" data-testid="health-trend-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={[...rows]} margin={{ top: 6, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="label" {...axisProps} minTickGap={24} />
          <YAxis {...axisProps} domain={[0, 100]} ticks={[0, 50, 100]} width={52} />
          <Tooltip {...tooltipProps} cursor={{ stroke: 'var(--border-strong)' }} />
          <Line
            type="monotone"
            dataKey="score"
            name="Health"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={dot}
            isAnimationActive={isAnimated()}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
