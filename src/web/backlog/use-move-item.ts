import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ItemFilters, ItemSummary, Page } from '../../client/ordo-client.ts';
import type { MoveTarget } from '../../domain/rank.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';
import { moveAcrossPages } from './move-target.ts';

export interface MoveRequest {
  key: string;
  /** The item's index in the loaded list before and after the move, for the optimistic update. */
  from: number;
  to: number;
  target: MoveTarget;
}

type ItemPages = InfiniteData<Page<ItemSummary>, string | null>;

/**
 * Moves an item in the order: the list shows the new place at once, the server is told, and the
 * old order comes back with a message if the server refuses.
 */
export function useMoveItem(productKey: string, filters: ItemFilters) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const listKey = queryKeys.itemList(productKey, filters);
  return useMutation({
    mutationFn: ({ key, target }: MoveRequest) => client.moveItem(key, target),
    onMutate: async ({ from, to }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<ItemPages>(listKey);
      if (previous) {
        const moved = moveAcrossPages(
          previous.pages.map((page) => page.data),
          from,
          to,
        );
        queryClient.setQueryData<ItemPages>(listKey, {
          ...previous,
          pages: previous.pages.map((page, index) => ({ ...page, data: moved[index] ?? [] })),
        });
      }
      return { previous };
    },
    onError: (error, { key }, context) => {
      if (context?.previous) queryClient.setQueryData(listKey, context.previous);
      toast(`Could not move ${key}: ${errorMessage(error)}`, 'error');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) }),
  });
}
