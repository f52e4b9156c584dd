import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api.ts';
import { useToast } from '../../ui/toasts.tsx';
import { applyCardMove } from '../board-moves.ts';
import { refusalText } from '../refusal-text.ts';
import { type CardMove, type SprintBoard, sprintKeys } from '../sprints-api.ts';
import { useRefreshSprints } from '../use-sprints.ts';

/**
 * Moves a card: the board shows it in its new column and place at once, the server is told, and
 * a refusal puts it back with the reason.
 */
export function useMoveCard(productKey: string, sprintId: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = useRefreshSprints(productKey);
  const boardKey = sprintKeys.board(sprintId);
  return useMutation({
    mutationFn: (move: CardMove) => client.moveCard(sprintId, move),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const previous = queryClient.getQueryData<SprintBoard>(boardKey);
      if (previous)
        queryClient.setQueryData<SprintBoard>(boardKey, {
          ...previous,
          cards: applyCardMove(previous.cards, move),
        });
      return { previous };
    },
    onError: (error, move, context) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
      toast(`Could not move ${move.itemKey}: ${refusalText(error)}`, 'error');
    },
    onSettled: refresh,
  });
}
