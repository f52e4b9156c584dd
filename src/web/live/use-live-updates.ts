import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { client, queryKeys } from '../api.ts';
import { sprintKeys } from '../sprints/sprints-api.ts';

export type LiveState = 'connecting' | 'live' | 'offline';

/** Changes to an item that can change a release's figures (a move cannot). */
const releaseChanges = new Set(['item.updated', 'item.release_changed', 'item.archived', 'item.restored']);

export interface ChangeNotice {
  kind?: string;
  itemKey?: string | null;
}

/**
 * Follows the product's live stream: each change marks the backlog lists stale (and the changed
 * item's page and history), so what a colleague did shows up without a reload. A page that shows
 * more (a refinement session) passes `onNotice` to refresh it on the changes it cares about.
 */
export function useLiveUpdates(
  productKey: string | undefined,
  onNotice?: (notice: ChangeNotice) => void,
): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  // Bumped when the server asks the stream to reconnect (who may read what changed).
  const [connection, setConnection] = useState(0);
  const latestOnNotice = useRef(onNotice);
  latestOnNotice.current = onNotice;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `connection` opens a new stream when it changes
  useEffect(() => {
    if (!productKey) return;
    const source = new EventSource(client.eventsUrl(productKey));
    const onChange = (event: MessageEvent<string>) => {
      let notice: ChangeNotice;
      try {
        notice = JSON.parse(event.data) as ChangeNotice;
      } catch {
        return;
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
      if (notice.itemKey) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.item(notice.itemKey) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.history(notice.itemKey) });
      }
      // A request submitted, decided or answered: the triage inbox, its count and the notices change.
      if (notice.kind?.startsWith('request.')) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.triageInbox(productKey) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.requests });
        void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      }
      // Releases and their burn-ups follow what is planned into them and how it is done.
      if (notice.kind?.startsWith('release.') || releaseChanges.has(notice.kind ?? '')) {
        void queryClient.invalidateQueries({ queryKey: sprintKeys.releases(productKey) });
        void queryClient.invalidateQueries({ queryKey: sprintKeys.releaseBurnUps });
      }
      latestOnNotice.current?.(notice);
    };
    const onOpen = () => setState('live');
    // EventSource reconnects by itself (the server asks for 2 s); until then, say so.
    const onError = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    // The server closed this stream for a newer one of the same person (at most 10): stay closed,
    // or the two would take turns closing each other. Closed because the session died (signed
    // out elsewhere, the password reset, deactivated): ask who is signed in, and so leave.
    // Asked to reconnect: a new stream, which checks access afresh (and catches up from
    // Last-Event-ID is lost, so the lists refetch).
    const onClosed = (event: MessageEvent<string>) => {
      source.close();
      if (event.data?.includes('reconnect')) {
        setState('connecting');
        void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
        setConnection((count) => count + 1);
        return;
      }
      setState('offline');
      if (event.data?.includes('signed out')) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    };
    source.addEventListener('change', onChange);
    source.addEventListener('open', onOpen);
    source.addEventListener('error', onError);
    source.addEventListener('closed', onClosed);
    return () => {
      source.removeEventListener('closed', onClosed);
      source.removeEventListener('change', onChange);
      source.removeEventListener('open', onOpen);
      source.removeEventListener('error', onError);
      source.close();
    };
  }, [productKey, queryClient, connection]);
  return state;
}
