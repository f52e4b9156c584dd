import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { itemPath } from '../app.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { type RoadmapEntry, sprintKeys } from '../sprints/sprints-api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { TypeBadge } from '../ui/type-badge.tsx';

const columns = [
  { key: 'now', title: 'Now', note: 'In the sprint under way' },
  { key: 'next', title: 'Next', note: 'Likely in the next two sprints' },
  { key: 'later', title: 'Later', note: 'Further down the order' },
] as const;

/**
 * Now, next and later, generated from the order: what everyone, stakeholders and viewers too,
 * may know of what is coming. Only what the roadmap itself tells (no estimates, no requesters).
 */
export function RoadmapPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const roadmap = useQuery({
    queryKey: sprintKeys.roadmap(productKey),
    queryFn: () => client.roadmap(productKey),
  });
  useLiveUpdates(productKey, () => void roadmap.refetch());
  return (
    <section className="roadmap-page" aria-labelledby="roadmap-heading">
      <div className="page-heading">
        <h1 id="roadmap-heading">Roadmap</h1>
        <span className="muted count">
          From the backlog’s order and the team’s pace: a forecast, not a promise.
        </span>
      </div>
      {roadmap.isError && <ErrorText message={errorMessage(roadmap.error)} />}
      {roadmap.isPending && <p className="muted list-placeholder">Loading the roadmap…</p>}
      {roadmap.data && (
        <div className="roadmap" data-testid="roadmap">
          {columns.map((column) => (
            <section
              key={column.key}
              className={`roadmap-column roadmap-${column.key}`}
              aria-labelledby={`roadmap-${column.key}`}
              data-testid={`roadmap-${column.key}`}
            >
              <header className="roadmap-column-header">
                <h2 id={`roadmap-${column.key}`}>{column.title}</h2>
                <span className="muted count">{roadmap.data[column.key].length}</span>
                <p className="muted">{column.note}</p>
              </header>
              {roadmap.data[column.key].length === 0 ? (
                <p className="muted roadmap-empty">Nothing here yet.</p>
              ) : (
                <ul className="roadmap-list">
                  {roadmap.data[column.key].map((entry) => (
                    <RoadmapCard key={entry.key} entry={entry} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

function RoadmapCard({ entry }: { entry: RoadmapEntry }) {
  return (
    <li className="roadmap-card" data-testid="roadmap-card" data-key={entry.key}>
      <div className="roadmap-card-top">
        <TypeBadge type={entry.type} />
        <span className="page-heading-spacer" />
        <StatusLabel status={entry.status} compact />
      </div>
      <Link to={itemPath(entry.key)} className="roadmap-card-title">
        {entry.title}
      </Link>
      <span className="item-key">{entry.key}</span>
    </li>
  );
}
