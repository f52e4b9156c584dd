import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';
import { refinementKeys } from '../refinement/refinement-api.ts';
import { useToast } from '../ui/toasts.tsx';
import { bulkDoneMessage } from './bulk-payload.ts';
import { type BulkChange, custodianKeys } from './custodian-api.ts';

/** What needs the custodian today: the signals with their items, the requests in triage, the health. */
export const useCustodianView = (productKey: string, enabled: boolean) =>
  useQuery({
    queryKey: custodianKeys.view(productKey),
    queryFn: () => client.custodian(productKey),
    enabled,
    staleTime: 0,
  });

/** The health score's daily trend over the last 90 days. */
export const useHealthTrend = (productKey: string, enabled: boolean) =>
  useQuery({
    queryKey: custodianKeys.healthTrend(productKey),
    queryFn: () => client.healthTrend(productKey, 90),
    enabled,
    staleTime: 5 * 60_000,
  });

/**
 * What each item that is not ready lacks, by key: the signal's rows do not carry readiness, the
 * product's list of items that miss the Definition of Ready does (one read for the top 20).
 */
export const useLacksByKey = (productKey: string, enabled: boolean) =>
  useQuery({
    queryKey: [...queryKeys.itemLists(productKey), 'custodian-not-ready'],
    queryFn: () => client.listItems(productKey, { ready: false, limit: 100 }),
    enabled,
    select: (page) =>
      new Map(page.data.map((item) => [item.key, item.readiness?.lacks.map((lack) => lack.label) ?? []])),
  });

/** Everything a change to the backlog's items can alter on screen. */
function useAfterItemsChanged(productKey: string) {
  const queryClient = useQueryClient();
  return (keys: readonly string[]) => {
    // The signals and the stale rule's dry run live under the item lists.
    void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
    for (const key of keys) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(key) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.history(key) });
    }
  };
}

/**
 * One change to one or many items through the bulk endpoint, all or none; says what it did. Each
 * row's fix and the bulk bar hold their own, so each shows its own progress and error.
 */
export function useBulkChange(productKey: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const afterChange = useAfterItemsChanged(productKey);
  return useMutation({
    mutationFn: ({ keys, change }: { keys: string[]; change: BulkChange }) =>
      client.bulkUpdate(productKey, keys, change),
    onSuccess: (result, { change }) => {
      afterChange(result.changed);
      if (change.action === 'refine')
        void queryClient.invalidateQueries({ queryKey: refinementKeys.sessionLists });
      toast(bulkDoneMessage(change, result.changed));
      onDone?.();
    },
  });
}

/** The stale rule's dry run: what it would archive now, and why (changes nothing). */
export const useStaleDryRun = (productKey: string, enabled: boolean) =>
  useQuery({
    queryKey: custodianKeys.staleDryRun(productKey),
    queryFn: () => client.staleDryRun(productKey),
    enabled,
    staleTime: 0,
  });

/** Archives the stale items but those kept; the run can be undone. */
export function useApplyStaleRule(productKey: string) {
  const afterChange = useAfterItemsChanged(productKey);
  return useMutation({
    mutationFn: (keep: string[]) => client.applyStaleRule(productKey, keep),
    onSuccess: (run) => afterChange(run.archived),
  });
}

/** The stale rule's latest runs (under the item lists: every change to items refreshes them). */
export const useStaleRuns = (productKey: string) =>
  useQuery({
    queryKey: [...queryKeys.itemLists(productKey), 'stale-runs'],
    queryFn: () => client.staleRuns(productKey),
  });

/** Undoes a stale run: its items return to their places. */
export function useUndoStaleRun(productKey: string) {
  const afterChange = useAfterItemsChanged(productKey);
  return useMutation({
    mutationFn: (runId: string) => client.undoStaleRun(runId),
    onSuccess: (undone) => afterChange(undone.restored),
  });
}
