import { formatDateTime, timeAgo } from '../format-time.ts';

/** "3 days ago", with the full date and time on hover and for machines. */
export function TimeAgo({ at, className }: { at: string; className?: string }) {
  return (
    <time className={className} dateTime={at} title={formatDateTime(at)}>
      {timeAgo(at)}
    </time>
  );
}
