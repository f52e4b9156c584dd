import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptDecision, InboxEntry, Page } from '../../client/ordo-client.ts';
import { client, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';
import { type BulkDraft, bulkAction } from './decision-payload.ts';

export type Decision =
  | { decision: 'accept'; key: string; accept: AcceptDecision }
  | { decision: 'merge'; key: string; into: string }
  | { decision: 'ask'; key: string; message: string }
  | { decision: 'decline'; key: string; reason: string };

/** Takes one decision and says what became of the request. */
async function decide(input: Decision): Promise<string> {
  switch (input.decision) {
    case 'accept': {
      const { item } = await client.acceptRequest(input.key, input.accept);
      return `${input.key} is in the backlog as ${item.key}`;
    }
    case 'merge': {
      const { item } = await client.mergeRequest(input.key, input.into);
      return `${input.key} joined ${item.key}: its demand grew`;
    }
    case 'ask':
      await client.askRequester(input.key, input.message.trim());
      return `Asked the requester of ${input.key}; their answer will bring it back here`;
    case 'decline':
      await client.declineRequest(input.key, input.reason.trim());
      return `${input.key} declined; the requester sees your reason`;
  }
}

/** Decided requests leave the inbox at once; asked ones stay, waiting for their answer. */
function useAfterDecision(productKey: string) {
  const queryClient = useQueryClient();
  return (decidedKeys: readonly string[]) => {
    const inboxKey = queryKeys.triageInbox(productKey);
    queryClient.setQueryData<Page<InboxEntry>>(inboxKey, (inbox) =>
      inbox ? { ...inbox, data: inbox.data.filter((entry) => !decidedKeys.includes(entry.key)) } : inbox,
    );
    void queryClient.invalidateQueries({ queryKey: inboxKey });
    void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.requests });
  };
}

/** One decision on one request: accept, merge, ask or decline. */
export function useTriageDecision(productKey: string, onDecided: (input: Decision) => void) {
  const toast = useToast();
  const afterDecision = useAfterDecision(productKey);
  return useMutation({
    mutationFn: decide,
    onSuccess: (message, input) => {
      afterDecision(input.decision === 'ask' ? [] : [input.key]);
      toast(message);
      onDecided(input);
    },
  });
}

/** One decision for every selected request, all or none. */
export function useBulkTriage(productKey: string, onDecided: () => void) {
  const toast = useToast();
  const afterDecision = useAfterDecision(productKey);
  return useMutation({
    mutationFn: ({ keys, draft }: { keys: string[]; draft: BulkDraft }) =>
      client.bulkTriage(productKey, { keys, action: bulkAction(draft) }),
    onSuccess: (decided, { keys, draft }) => {
      afterDecision(keys);
      const verb = { accept: 'accepted', merge: 'merged', decline: 'declined' }[draft.decision];
      toast(`${decided.data.length} request${decided.data.length === 1 ? '' : 's'} ${verb}`);
      onDecided();
    },
  });
}
