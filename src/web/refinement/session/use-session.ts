import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, errorMessage } from '../../api.ts';
import type { ChangeNotice } from '../../live/use-live-updates.ts';
import { useToast } from '../../ui/toasts.tsx';
import { refinementKeys, type SessionView } from '../refinement-api.ts';

/** A session with its agenda, attendees and open poker round, as the reader may see them. */
export const useSession = (sessionId: string) =>
  useQuery({
    queryKey: refinementKeys.session(sessionId),
    queryFn: () => client.getSession(sessionId),
    staleTime: 0,
  });

/** The changes that can alter what a session page shows. */
export const touchesSession = (notice: ChangeNotice) => /^(refinement|poker|item)\./.test(notice.kind ?? '');

/**
 * Something done in a session (start, note, vote, reveal…): the session is refetched after it,
 * and a refusal is told in a toast. Everyone else's page refetches through the live stream.
 */
export function useSessionAction<Input, Result>(
  sessionId: string,
  action: (input: Input) => Promise<Result>,
  onDone?: (result: Result, input: Input) => void,
) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: action,
    onSuccess: (result, input) => {
      if (isSessionView(result)) queryClient.setQueryData(refinementKeys.session(sessionId), result);
      onDone?.(result, input);
    },
    onError: (error) => toast(errorMessage(error), 'error'),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: refinementKeys.session(sessionId) }),
        queryClient.invalidateQueries({ queryKey: refinementKeys.sessionLists }),
      ]),
  });
}

const isSessionView = (value: unknown): value is SessionView =>
  typeof value === 'object' && value !== null && 'agenda' in value && 'attendees' in value;
