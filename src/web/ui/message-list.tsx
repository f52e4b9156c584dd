import { formatDateTime, timeAgo } from '../format-time.ts';

export interface Message {
  from: string;
  body: string;
  at: string;
}

/**
 * A conversation between the product team and a requester, oldest first: the status page and the
 * triage inbox show it the same way, each with its own words for who spoke.
 */
export function MessageList({
  messages,
  speaker,
  testId,
  compact = false,
  label,
}: {
  messages: Message[];
  speaker: (from: string) => string;
  testId: string;
  compact?: boolean;
  label?: string;
}) {
  return (
    <ol className={compact ? 'messages messages-compact' : 'messages'} aria-label={label}>
      {messages.map((message) => (
        <li
          key={`${message.at}-${message.from}`}
          className={`message message-from-${message.from}`}
          data-testid={testId}
          data-from={message.from}
        >
          <div className="message-meta">
            <strong>{speaker(message.from)}</strong>
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
