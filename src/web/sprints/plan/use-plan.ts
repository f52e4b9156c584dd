import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ItemSummary, Page } from '../../../client/ordo-client.ts';
import { client } from '../../api.ts';
import { refusalText } from '../refusal-text.ts';
import { type SprintBoard, sprintKeys } from '../sprints-api.ts';
import { useRefreshSprints } from '../use-sprints.ts';

/** How many items from the top of the product backlog planning shows. */
export const planWindow = 50;

/** The top of the product backlog (items already in a sprint are not in it). */
export const usePlanBacklog = (productKey: string) =>
  useQuery({
    queryKey: sprintKeys.planBacklog(productKey),
    queryFn: () => client.listItems(productKey, { limit: planWindow }),
  });

/**
 * Committing items to the sprint and giving them back: both columns change at once, the server
 * is told, and a refusal puts them back with the API's reason. Readiness warnings of a commit are
 * kept per item for as long as the page is open.
 */
export function usePlanActions(productKey: string, sprintId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshSprints(productKey);
  const [warnings, setWarnings] = useState<Record<string, string[]>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const boardKey = sprintKeys.board(sprintId);
  const backlogKey = sprintKeys.planBacklog(productKey);

  /** Moves items between the two columns in the cache; gives back what to restore. */
  const shift = async (items: ItemSummary[], into: 'sprint' | 'backlog') => {
    await Promise.all([
      queryClient.cancelQueries({ queryKey: boardKey }),
      queryClient.cancelQueries({ queryKey: backlogKey }),
    ]);
    const board = queryClient.getQueryData<SprintBoard>(boardKey);
    const backlog = queryClient.getQueryData<Page<ItemSummary>>(backlogKey);
    const keys = new Set(items.map((item) => item.key));
    if (board) {
      const cards = board.cards.filter((card) => !keys.has(card.key));
      queryClient.setQueryData<SprintBoard>(boardKey, {
        ...board,
        cards: into === 'sprint' ? [...cards, ...items] : cards,
      });
    }
    if (backlog) {
      const rows = backlog.data.filter((row) => !keys.has(row.key));
      queryClient.setQueryData<Page<ItemSummary>>(backlogKey, {
        ...backlog,
        // Back from the sprint, an item goes where it was in the order (its rank says where).
        data: into === 'backlog' ? [...rows, ...items].sort((a, b) => compareRank(a.rank, b.rank)) : rows,
      });
    }
    return { board, backlog };
  };
  const restore = (saved: Awaited<ReturnType<typeof shift>> | undefined) => {
    if (saved?.board) queryClient.setQueryData(boardKey, saved.board);
    if (saved?.backlog) queryClient.setQueryData(backlogKey, saved.backlog);
  };

  const commit = useMutation({
    mutationFn: (items: ItemSummary[]) =>
      client.commitToSprint(
        sprintId,
        items.map((item) => item.key),
      ),
    onMutate: (items) => {
      setRefusal(null);
      return shift(items, 'sprint');
    },
    onSuccess: (result) =>
      setWarnings((current) => ({
        ...current,
        ...Object.fromEntries(result.warnings.map((warning) => [warning.key, warning.lacks])),
      })),
    onError: (error, _items, saved) => {
      restore(saved);
      setRefusal(refusalText(error));
    },
    onSettled: refresh,
  });

  const giveBack = useMutation({
    mutationFn: (item: ItemSummary) => client.returnToBacklog(sprintId, item.key),
    onMutate: (item) => {
      setRefusal(null);
      return shift([item], 'backlog');
    },
    onSuccess: (_result, item) => setWarnings(({ [item.key]: _gone, ...others }) => others),
    onError: (error, _item, saved) => {
      restore(saved);
      setRefusal(refusalText(error));
    },
    onSettled: refresh,
  });

  return { commit, giveBack, warnings, refusal, clearRefusal: () => setRefusal(null) };
}

/** Rank keys compare as plain strings (fractional indexing). */
const compareRank = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
