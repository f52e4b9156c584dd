import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import type { Health } from './custodian-api.ts';
import { bandWords, healthBand, partLabels, partsByCost, trendNote, trendRows } from './health-data.ts';
import { HealthTrendChart } from './health-trend-chart.tsx';
import { useHealthTrend } from './use-custodian.ts';

interface HealthPanelProps {
  productKey: string;
  health: Health;
}

/** The backlog health score, its trend over 90 days, and the parts that pull it down. */
export function HealthPanel({ productKey, health }: HealthPanelProps) {
  const trend = useHealthTrend(productKey, true);
  const rows = trendRows(trend.data?.data ?? []);
  const band = healthBand(health.score);
  const { pulling, fine } = partsByCost(health.parts);
  return (
    <section className="card health-panel" aria-labelledby="health-heading" data-testid="health">
      <div className={`health-score is-${band}`}>
        <h2 id="health-heading" className="health-label">
          Backlog health
        </h2>
        <p className="health-figure">
          <strong data-testid="health-score">{health.score}</strong>
          <span className="muted">/100</span>
        </p>
        <span className="health-band" data-testid="health-band">
          {bandWords[band]}
        </span>
      </div>
      <div className="health-trend">
        <h3 className="health-subheading">Last 90 days</h3>
        {trend.isError ? (
          <ErrorText message={errorMessage(trend.error)} />
        ) : (
          rows.length > 0 && <HealthTrendChart rows={rows} />
        )}
        <p className="muted health-note" data-testid="health-trend-note">
          {trend.isPending ? 'Loading the trend…' : trendNote(rows)}
        </p>
      </div>
      <div className="health-parts">
        <h3 className="health-subheading">
          {pulling.length ? 'What pulls it down' : 'Every part in full health'}
        </h3>
        {pulling.length > 0 && (
          <ul className="health-part-list" data-testid="health-parts">
            {pulling.map((part) => (
              <li key={part.part} className="health-part" data-testid="health-part" data-part={part.part}>
                <span className="health-part-name">{partLabels[part.part]}</span>
                <span className={`health-meter is-${healthBand(part.score)}`} aria-hidden="true">
                  <span style={{ width: `${part.score}%` }} />
                </span>
                <span className="health-part-score">{part.score}</span>
                <span className="health-part-detail muted">{part.detail}</span>
              </li>
            ))}
          </ul>
        )}
        {fine.length > 0 && (
          <p className="muted health-note">
            In full health: {fine.map((part) => partLabels[part.part].toLowerCase()).join(', ')}.
          </p>
        )}
      </div>
      {health.isBloated && (
        <div className="bloated-flag" role="status" data-testid="bloated-flag">
          <strong>Bloated backlog.</strong>{' '}
          <span className="bloated-flag-text">
            More items sit untouched than the team finishes in a year: the backlog has become a store of
            things nobody will do.
          </span>{' '}
          <a href="#stale-rule" className="button button-small">
            Review the stale rule
          </a>
        </div>
      )}
    </section>
  );
}
