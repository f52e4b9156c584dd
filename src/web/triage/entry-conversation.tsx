import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { type RequestResponse, statusFromResponse } from '../intake/request-response.ts';

/**
 * What the team asked and the requester answered, for a request that was asked about. The inbox
 * does not carry messages: they come with the request itself.
 */
export function EntryConversation({ requestKey }: { requestKey: string }) {
  const request = useQuery({
    queryKey: queryKeys.request(requestKey),
    queryFn: (): Promise<RequestResponse> => client.getRequest(requestKey),
  });
  if (!request.data) return null;
  const { messages } = statusFromResponse(request.data);
  if (messages.length === 0) return null;
  return (
    <ol className="messages messages-compact" aria-label={`Messages about ${requestKey}`}>
      {messages.map((message) => (
        <li
          key={`${message.at}-${message.from}`}
          className={`message message-from-${message.from}`}
          data-testid="entry-message"
          data-from={message.from}
        >
          <div className="message-meta">
            <strong>{message.from === 'team' ? 'Asked' : 'Answer'}</strong>
            <time className="muted" dateTime={message.at} title={formatDateTime(message.at)}>
              {timeAgo(message.at)}
            </time>
          </div>
          <p>{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
