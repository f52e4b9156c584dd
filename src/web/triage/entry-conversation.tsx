import type { InboxEntry } from '../../client/ordo-client.ts';
import { MessageList } from '../ui/message-list.tsx';

/** What the team asked and the requester answered, for a request that was asked about. */
export function EntryConversation({ entry }: { entry: InboxEntry }) {
  if (entry.messages.length === 0) return null;
  return (
    <MessageList
      messages={entry.messages}
      speaker={(from) => (from === 'team' ? 'Asked' : 'Answer')}
      testId="entry-message"
      compact
      label={`Messages about ${entry.key}`}
    />
  );
}
