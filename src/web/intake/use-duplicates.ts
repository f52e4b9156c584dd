import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** Suggestions start with a few letters to compare: fewer would match anything. */
const minLetters = 3;
const shown = 5;

/** Items and waiting requests like the one being written (already debounced by the caller). */
export function useDuplicates(productKey: string, title: string, problem: string) {
  const words = { title: title.trim(), problem: problem.trim() };
  return useQuery({
    queryKey: queryKeys.duplicates(productKey, words.title, words.problem),
    queryFn: async () =>
      (await client.duplicates(productKey, words.title, words.problem || undefined)).data.slice(0, shown),
    enabled: words.title.length >= minLetters || words.problem.length >= minLetters,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
