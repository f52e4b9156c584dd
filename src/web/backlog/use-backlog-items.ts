import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ItemFilters } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { client, queryKeys } from '../api.ts';

/** The ranked backlog a page of 100 at a time; `fetchNextPage` loads more by cursor. */
export function useBacklogItems(productKey: string, filters: ItemFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.itemList(productKey, filters),
    queryFn: ({ pageParam }) =>
      client.listItems(productKey, { ...filters, cursor: pageParam, limit: limits.pageSize }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.next,
    placeholderData: keepPreviousData,
  });
}
