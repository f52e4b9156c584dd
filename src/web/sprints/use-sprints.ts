import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';
import type { ChangeNotice } from '../live/use-live-updates.ts';
import { sprintKeys } from './sprints-api.ts';

/** The product's sprints, newest first. */
export const useSprints = (productKey: string) =>
  useQuery({ queryKey: sprintKeys.sprints(productKey), queryFn: () => client.listSprints(productKey) });

/** The product's releases, newest first, with their progress. */
export const useReleases = (productKey: string, enabled = true) =>
  useQuery({
    queryKey: sprintKeys.releases(productKey),
    queryFn: () => client.releases(productKey),
    enabled,
  });

/** A sprint with its cards in the sprint's own order. */
export const useBoard = (sprintId: string | undefined) =>
  useQuery({
    queryKey: sprintKeys.board(sprintId ?? ''),
    queryFn: () => client.sprintBoard(sprintId ?? ''),
    enabled: Boolean(sprintId),
    staleTime: 0,
  });

/** Changes that alter a sprint, its board or what it can still take in. */
export const touchesSprints = (notice: ChangeNotice) => /^(sprint|item)\./.test(notice.kind ?? '');

/**
 * Refreshes everything sprint planning shows after a change, whoever made it: the sprints, the
 * boards, proposals, the backlog lists (items leave and come back) with the forecast, the roadmap
 * and the insights.
 */
export function useRefreshSprints(productKey: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sprintKeys.sprints(productKey) }),
      queryClient.invalidateQueries({ queryKey: sprintKeys.boards }),
      queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) }),
      queryClient.invalidateQueries({ queryKey: sprintKeys.roadmap(productKey) }),
      queryClient.invalidateQueries({ queryKey: sprintKeys.insights(productKey) }),
    ]);
}
