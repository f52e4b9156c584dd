import type { CSSProperties } from 'react';

/** How every chart looks: the app's tokens, so charts follow light and dark like the rest. */

export const chartHeight = 240;

export const axisProps = {
  stroke: 'var(--border-strong)',
  tick: { fill: 'var(--text-muted)', fontSize: 11 },
  tickLine: false,
} as const;

export const gridProps = { stroke: 'var(--border)', strokeDasharray: '3 3', vertical: false } as const;

const tooltipBox: CSSProperties = {
  background: 'var(--surface-raised)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  boxShadow: 'var(--shadow-md)',
  color: 'var(--text)',
  fontSize: 12,
};

export const tooltipProps = {
  contentStyle: tooltipBox,
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { padding: 0 },
  cursor: { fill: 'var(--surface-hover)' },
} as const;

export const legendProps = {
  iconType: 'circle',
  iconSize: 8,
  wrapperStyle: { fontSize: 12, color: 'var(--text-muted)' },
} as const;

/** No animation for people who asked for less motion. */
export const isAnimated = () =>
  typeof window === 'undefined' || !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
