import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, errorMessage, queryKeys } from '../api.ts';
import { refinementKeys, type ScoreKind } from '../refinement/refinement-api.ts';
import { useToast } from '../ui/toasts.tsx';

/** The order a score proposes, beside the current one (changes nothing). */
export const useScoreOrder = (productKey: string, by: ScoreKind) =>
  useQuery({
    queryKey: refinementKeys.scoreOrder(productKey, by),
    queryFn: () => client.previewScoreOrder(productKey, by),
  });

/** Applies the proposal, in full or for some items: each an ordinary recorded move. */
export function useApplyScoreOrder(productKey: string, by: ScoreKind) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (keys?: string[]) => client.applyScoreOrder(productKey, by, keys),
    onSuccess: ({ moved }) =>
      toast(
        moved.length === 0
          ? 'Nothing needed to move'
          : `Moved ${moved.length} item${moved.length === 1 ? '' : 's'} by ${by.toUpperCase()}`,
      ),
    onError: (error) => toast(`Could not apply the order: ${errorMessage(error)}`, 'error'),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: refinementKeys.scoreOrders(productKey) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) }),
      ]),
  });
}
