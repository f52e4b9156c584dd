import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { Markdown } from '../markdown.tsx';
import { addDays } from '../sprints/sprint-dates.ts';
import { sprintKeys } from '../sprints/sprints-api.ts';
import { useReleases, useSprints } from '../sprints/use-sprints.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { releaseNotesScope } from './release-notes-scope.ts';

/** Release notes from what shipped, in a sprint, a release or between two days: read here, copied as markdown. */
export function ReleaseNotesPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const [search, setSearch] = useSearchParams();
  const sprints = useSprints(productKey);
  const list = (sprints.data?.data ?? []).filter((sprint) => sprint.state !== 'planned');
  const scope = sprints.data ? releaseNotesScope(search, list) : null;
  const notes = useQuery({
    queryKey: sprintKeys.releaseNotes(productKey, scope ?? { sprint: '' }),
    queryFn: () => client.releaseNotes(productKey, scope ?? { sprint: '' }),
    enabled: scope !== null,
  });
  const releases = useReleases(productKey);
  const releaseList = releases.data ?? [];
  const byDates = scope !== null && 'from' in scope;
  const byRelease = scope !== null && 'release' in scope;
  const today = addDays(new Date(), 0);

  return (
    <section className="release-notes-page" aria-labelledby="release-notes-heading">
      <div className="page-heading">
        <h1 id="release-notes-heading">Release notes</h1>
        <span className="page-heading-spacer" />
        {notes.data && <CopyButton text={notes.data} label="Copy markdown" testId="copy-markdown" />}
      </div>
      <div className="release-notes-scope">
        <div className="segmented" role="radiogroup" aria-label="Release notes for">
          <label className="segmented-option">
            <input
              type="radio"
              name="scope"
              checked={!byDates && !byRelease}
              disabled={list.length === 0}
              onChange={() => setSearch(list[0] ? { sprint: list[0].id } : {})}
              data-testid="scope-sprint"
            />
            <span>A sprint</span>
          </label>
          <label className="segmented-option">
            <input
              type="radio"
              name="scope"
              checked={byRelease}
              disabled={releaseList.length === 0}
              onChange={() => releaseList[0] && setSearch({ release: releaseList[0].id })}
              data-testid="scope-release"
            />
            <span>A release</span>
          </label>
          <label className="segmented-option">
            <input
              type="radio"
              name="scope"
              checked={byDates}
              onChange={() => setSearch({ from: addDays(new Date(), -30), to: today })}
              data-testid="scope-dates"
            />
            <span>Between two days</span>
          </label>
        </div>
        {scope && 'sprint' in scope && (
          <select
            value={scope.sprint}
            onChange={(event) => setSearch({ sprint: event.target.value })}
            aria-label="Sprint"
            data-testid="notes-sprint"
          >
            {list.map((sprint) => (
              <option key={sprint.id} value={sprint.id}>
                {sprint.name}
                {sprint.state === 'active' ? ' (under way)' : ''}
              </option>
            ))}
          </select>
        )}
        {scope && 'release' in scope && (
          <select
            value={scope.release}
            onChange={(event) => setSearch({ release: event.target.value })}
            aria-label="Release"
            data-testid="notes-release"
          >
            {releaseList.map((release) => (
              <option key={release.id} value={release.id}>
                {release.name}
                {release.shippedOn ? ` (shipped ${release.shippedOn})` : ''}
              </option>
            ))}
          </select>
        )}
        {scope && 'from' in scope && (
          <>
            <label className="field-inline">
              <span>From</span>
              <input
                type="date"
                value={scope.from}
                max={scope.to}
                onChange={(event) =>
                  event.target.value && setSearch({ from: event.target.value, to: scope.to })
                }
                data-testid="notes-from"
              />
            </label>
            <label className="field-inline">
              <span>To</span>
              <input
                type="date"
                value={scope.to}
                min={scope.from}
                onChange={(event) =>
                  event.target.value && setSearch({ from: scope.from, to: event.target.value })
                }
                data-testid="notes-to"
              />
            </label>
          </>
        )}
      </div>
      {sprints.data && !scope && (
        <p className="muted list-placeholder">
          No sprint has started yet: choose two days to see what shipped.
        </p>
      )}
      {(sprints.isError || notes.isError) && (
        <ErrorText message={errorMessage(sprints.error ?? notes.error)} />
      )}
      {notes.isPending && scope && <p className="muted list-placeholder">Writing the notes…</p>}
      {notes.data && (
        <article className="card release-notes" data-testid="release-notes">
          <Markdown source={notes.data} />
        </article>
      )}
    </section>
  );
}
