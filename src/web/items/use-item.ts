import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** One item with every field, its links, comments, watchers and the reader's role. */
export const useItem = (itemKey: string) =>
  useQuery({ queryKey: queryKeys.item(itemKey), queryFn: () => client.getItem(itemKey) });

/** The item's history, newest first, a page at a time. */
export const useItemHistory = (itemKey: string) =>
  useInfiniteQuery({
    queryKey: queryKeys.history(itemKey),
    queryFn: ({ pageParam }) => client.history(itemKey, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.next,
  });
