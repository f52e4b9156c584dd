import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { sprintKeys } from '../sprints/sprints-api.ts';
import { useReleases } from '../sprints/use-sprints.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** The release an item is planned into; those who plan releases choose it here. */
export function ItemRelease({ item, mayPlan }: { item: ItemDetail; mayPlan: boolean }) {
  const queryClient = useQueryClient();
  const id = useId();
  const releases = useReleases(item.productKey, mayPlan);
  const change = useMutation({
    mutationFn: async (releaseId: string) => {
      if (releaseId) await client.planIntoRelease(releaseId, [item.key]);
      else await client.takeOutOfRelease(item.release?.id ?? '', item.key);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) });
      void queryClient.invalidateQueries({ queryKey: sprintKeys.releases(item.productKey) });
    },
  });
  const current = item.release;
  // The target goes under the choice: in the option, it would be cut off in the narrow panel.
  const targetDate = releases.data?.find((release) => release.id === current?.id)?.targetDate ?? null;
  return (
    <div className="editable property" data-testid="item-release">
      <label className="field-label" htmlFor={id}>
        Release
      </label>
      <div className="editable-value">
        {mayPlan && releases.data ? (
          <select
            id={id}
            value={current?.id ?? ''}
            disabled={change.isPending}
            onChange={(event) => change.mutate(event.target.value)}
            data-testid="item-release-choice"
          >
            <option value="">None</option>
            {releases.data
              .filter((release) => !release.shippedOn || release.id === current?.id)
              .map((release) => (
                <option key={release.id} value={release.id}>
                  {release.name}
                </option>
              ))}
          </select>
        ) : (
          <span id={id} className={current ? undefined : 'muted'}>
            {current?.name ?? 'None'}
          </span>
        )}
        {targetDate && <small className="muted release-target">target {targetDate}</small>}
        <ErrorText message={change.isError ? errorMessage(change.error) : null} />
      </div>
    </div>
  );
}
