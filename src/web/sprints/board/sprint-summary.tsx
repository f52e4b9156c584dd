import { Link } from 'react-router';
import { itemPath } from '../../app.tsx';
import { itemCount } from '../capacity.ts';
import { releaseNotesPath } from '../sprint-paths.ts';
import type { Sprint, SprintSummary } from '../sprints-api.ts';

/** What a closed sprint delivered against what it committed, where the rest went, and its notes. */
export function SprintSummaryCard({
  productKey,
  sprint,
  summary,
}: {
  productKey: string;
  sprint: Sprint;
  summary: SprintSummary;
}) {
  return (
    <div className="card sprint-summary" data-testid="sprint-summary">
      <div className="section-heading">
        <h2>{sprint.name} is closed</h2>
        <span className="page-heading-spacer" />
        <Link
          to={releaseNotesPath(productKey, { sprint: sprint.id })}
          className="button button-small"
          data-testid="release-notes-link"
        >
          Release notes
        </Link>
      </div>
      <dl className="summary-figures">
        <div>
          <dt>Committed</dt>
          <dd data-testid="summary-committed">
            {itemCount(summary.committed.items)} · {summary.committed.points} pts
          </dd>
        </div>
        <div>
          <dt>Done</dt>
          <dd data-testid="summary-done">
            {itemCount(summary.done.items)} · {summary.done.points} pts
          </dd>
        </div>
      </dl>
      <KeyList label="Back in the product backlog" keys={summary.returned} testId="summary-returned" />
      <KeyList label="Carried over to the next sprint" keys={summary.carriedOver} testId="summary-carried" />
    </div>
  );
}

function KeyList({ label, keys, testId }: { label: string; keys: string[]; testId: string }) {
  if (keys.length === 0) return null;
  return (
    <p className="summary-keys" data-testid={testId}>
      <span className="muted">{label}:</span>{' '}
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ', '}
          <Link to={itemPath(key)} className="item-key">
            {key}
          </Link>
        </span>
      ))}
    </p>
  );
}
