import { readinessTitle } from './readiness-text.ts';

interface ReadinessBadgeProps {
  readiness: { isReady: boolean; lacks: readonly { label: string }[] } | undefined;
}

/** "Ready" or "Not ready", with what the item lacks in its tooltip (and for screen readers). */
export function ReadinessBadge({ readiness }: ReadinessBadgeProps) {
  if (!readiness) return null;
  const title = readinessTitle(readiness);
  return (
    <span
      className={`readiness-badge ${readiness.isReady ? 'is-ready' : 'is-not-ready'}`}
      title={title}
      data-testid="readiness"
      data-ready={readiness.isReady}
    >
      <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
        {readiness.isReady ? (
          <path d="M2.5 6.2l2.3 2.3 4.7-5" fill="none" stroke="currentColor" strokeWidth="1.7" />
        ) : (
          <circle
            cx="6"
            cy="6"
            r="3.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeDasharray="2.2 1.6"
          />
        )}
      </svg>
      <span aria-hidden="true">{readiness.isReady ? 'Ready' : 'Not ready'}</span>
      <span className="visually-hidden">{title}</span>
    </span>
  );
}
