import type { ReactNode } from 'react';
import { type ItemStatus, itemStatusLabels } from '../../domain/item.ts';

const icons: Record<ItemStatus, ReactNode> = {
  open: <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  in_progress: (
    <>
      <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M7 3.5a3.5 3.5 0 0 1 0 7z" fill="currentColor" />
    </>
  ),
  on_hold: (
    <>
      <circle cx="7" cy="7" r="5.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.5 4.75v4.5M8.5 4.75v4.5" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
  done: (
    <>
      <circle cx="7" cy="7" r="6" fill="currentColor" />
      <path d="M4.5 7.2l1.7 1.7 3.3-3.4" fill="none" stroke="var(--surface)" strokeWidth="1.5" />
    </>
  ),
};

/** The status as an icon and its name; `compact` hides the name visually but keeps it for readers. */
export function StatusLabel({ status, compact = false }: { status: string; compact?: boolean }) {
  const known = status in itemStatusLabels ? (status as ItemStatus) : 'open';
  return (
    <span
      className={`status status-${known}`}
      title={itemStatusLabels[known]}
      data-testid="status"
      data-status={known}
    >
      <svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
        {icons[known]}
      </svg>
      <span className={compact ? 'visually-hidden' : undefined}>{itemStatusLabels[known]}</span>
    </span>
  );
}
