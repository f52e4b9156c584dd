import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { releaseNotesPath } from '../sprints/sprint-paths.ts';
import { sprintKeys } from '../sprints/sprints-api.ts';
import { useReleases } from '../sprints/use-sprints.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { BurnUpChart } from './flow-charts.tsx';

/**
 * A release's burn-up, with the choice of release; those who plan releases can start a new one
 * here (items are planned into it from their page).
 */
export function ReleaseBurnUp({ productKey, mayPlan }: { productKey: string; mayPlan: boolean }) {
  const queryClient = useQueryClient();
  const releases = useReleases(productKey);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = releases.data?.find((release) => release.id === chosen) ?? releases.data?.[0] ?? null;
  const burnUp = useQuery({
    queryKey: sprintKeys.releaseBurnUp(shown?.id ?? ''),
    queryFn: () => client.releaseBurnUp(shown?.id ?? ''),
    enabled: Boolean(shown),
  });
  const [name, setName] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const create = useMutation({
    mutationFn: () => client.createRelease(productKey, { name, ...(targetDate && { targetDate }) }),
    onSuccess: (release) => {
      setName('');
      setTargetDate('');
      setChosen(release.id);
      void queryClient.invalidateQueries({ queryKey: sprintKeys.releases(productKey) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const target = shown?.targetDate ? ` · target ${shown.targetDate}` : '';
  const shipped = shown?.shippedOn ? ` · shipped ${shown.shippedOn}` : '';
  return (
    <div className="release-burn-up" data-testid="release-burn-up">
      <div className="release-burn-up-bar">
        {releases.data && releases.data.length > 0 && (
          <label className="field-inline">
            <span>Release</span>
            <select
              value={shown?.id ?? ''}
              onChange={(event) => setChosen(event.target.value)}
              data-testid="release-choice"
            >
              {releases.data.map((release) => (
                <option key={release.id} value={release.id}>
                  {release.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {shown && (
          <span className="muted">
            {shown.doneItems} of {shown.items} items done{target}
            {shipped} · <Link to={releaseNotesPath(productKey, { release: shown.id })}>Release notes</Link>
          </span>
        )}
        {mayPlan && (
          <form className="release-form" onSubmit={submit} data-testid="release-form">
            <input
              value={name}
              maxLength={80}
              required
              placeholder="New release"
              aria-label="Name of the new release"
              onChange={(event) => setName(event.target.value)}
              data-testid="release-name"
            />
            <input
              type="date"
              value={targetDate}
              aria-label="Target date (optional)"
              onChange={(event) => setTargetDate(event.target.value)}
            />
            <button type="submit" className="button" disabled={create.isPending || !name.trim()}>
              Add release
            </button>
          </form>
        )}
      </div>
      {create.isError && <ErrorText message={errorMessage(create.error)} />}
      {releases.isError || burnUp.isError ? (
        <ErrorText message={errorMessage(releases.error ?? burnUp.error)} />
      ) : releases.isPending || (shown && !burnUp.data) ? (
        <p className="muted list-placeholder">Loading the burn-up…</p>
      ) : (
        <BurnUpChart
          of={shown?.name ?? null}
          series={burnUp.data?.series ?? []}
          none="No release yet: plan items into one to see it burn up."
          testId="chart-release-burn-up"
        />
      )}
    </div>
  );
}
