import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';

interface WatchersSectionProps {
  item: ItemDetail;
  /** Whether the signed-in person is among the watchers. */
  isWatching: boolean;
  canWatch: boolean;
}

/** Who is told of this item's changes, and a button to join or leave them. */
export function WatchersSection({ item, isWatching, canWatch }: WatchersSectionProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const watch = useMutation({
    mutationFn: (watching: boolean) => client.watch(item.key, watching),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.history(item.key) }),
      ]),
    onError: (error) => toast(errorMessage(error), 'error'),
  });
  return (
    <section className="item-section side-section" aria-labelledby="watchers-heading">
      <h2 id="watchers-heading">
        Watchers <span className="muted count">{item.watchers.length}</span>
      </h2>
      {item.watchers.length > 0 && (
        <p className="watchers" data-testid="watchers">
          {item.watchers.map((watcher) => watcher.name).join(', ')}
        </p>
      )}
      {canWatch && (
        <button
          type="button"
          className="button button-small"
          aria-pressed={isWatching}
          disabled={watch.isPending}
          onClick={() => watch.mutate(!isWatching)}
          data-testid="watch-toggle"
        >
          {isWatching ? 'Stop watching' : 'Watch'}
        </button>
      )}
    </section>
  );
}
