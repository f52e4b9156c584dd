import type { ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  /** One line under the title: what the chart measures, or its key figures. */
  note?: ReactNode;
  /** Said to screen readers: the chart's gist in words. */
  summary: string;
  testId: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  wide?: boolean;
  children: ReactNode;
}

/** A chart in a card, with its title, a note and what to say when there is no data yet. */
export function ChartCard({ title, note, summary, testId, empty, wide = false, children }: ChartCardProps) {
  return (
    <figure className={`card chart-card${wide ? ' is-wide' : ''}`} data-testid={testId} aria-label={title}>
      <figcaption className="chart-card-caption">
        <h2 className="card-title">{title}</h2>
        {note && <p className="muted chart-note">{note}</p>}
        <p className="visually-hidden">{summary}</p>
      </figcaption>
      {empty ? (
        <p className="muted chart-empty" data-testid={`${testId}-empty`}>
          {empty}
        </p>
      ) : (
        <div className="chart-body">{children}</div>
      )}
    </figure>
  );
}
