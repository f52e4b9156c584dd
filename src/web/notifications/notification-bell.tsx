import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { bellLabel, unreadBadge } from './unread-count.ts';
import { useMarkRead, useNotifications } from './use-notifications.ts';

const popoverId = 'notifications-popover';

/** A bell with the unread count; its menu lists the recent notices and marks them read. */
export function NotificationBell() {
  const unread = useNotifications(true);
  const [isOpen, setOpen] = useState(false);
  const recent = useNotifications(false, isOpen);
  const markRead = useMarkRead();
  const count = unread.data?.data.length ?? 0;
  const badge = unreadBadge(count);
  const notices = recent.data?.data ?? unread.data?.data ?? [];
  const close = () => document.getElementById(popoverId)?.hidePopover();

  return (
    <>
      <button
        type="button"
        className="bell"
        popoverTarget={popoverId}
        aria-label={bellLabel(count)}
        aria-expanded={isOpen}
        data-testid="notification-bell"
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M8 1.75a4 4 0 0 0-4 4v2.6L2.75 11h10.5L12 8.35v-2.6a4 4 0 0 0-4-4zM6.5 13a1.5 1.5 0 0 0 3 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        </svg>
        {badge && (
          <span className="bell-badge" data-testid="notification-count">
            {badge}
          </span>
        )}
      </button>
      <div
        id={popoverId}
        popover="auto"
        className="notifications-popover"
        onToggle={(event) => setOpen(event.newState === 'open')}
        data-testid="notifications"
      >
        <div className="notifications-heading">
          <h2>Notifications</h2>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => markRead.mutate(undefined)}
            disabled={count === 0 || markRead.isPending}
            data-testid="mark-all-read"
          >
            Mark all read
          </button>
        </div>
        {notices.length === 0 ? (
          <p className="muted notifications-empty">
            {recent.isPending && isOpen ? 'Loading…' : 'Nothing new.'}
          </p>
        ) : (
          <ul className="notifications-list">
            {notices.map((notice) => {
              const body = (
                <>
                  <span className="notification-title">{notice.title}</span>
                  <time
                    className="muted"
                    dateTime={notice.createdAt}
                    title={formatDateTime(notice.createdAt)}
                  >
                    {timeAgo(notice.createdAt)}
                  </time>
                </>
              );
              const open = () => {
                if (!notice.readAt) markRead.mutate([notice.id]);
                close();
              };
              return (
                <li
                  key={notice.id}
                  className={`notification${notice.readAt ? '' : ' is-unread'}`}
                  data-testid="notification"
                >
                  {notice.link?.startsWith('/') ? (
                    <Link to={notice.link} onClick={open}>
                      {body}
                    </Link>
                  ) : (
                    <button type="button" onClick={open}>
                      {body}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
