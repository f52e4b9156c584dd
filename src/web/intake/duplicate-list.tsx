import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DuplicateSuggestion } from '../../client/ordo-client.ts';
import { itemPath } from '../app.tsx';
import { RequestStateBadge } from '../ui/request-state-badge.tsx';
import { StatusLabel } from '../ui/status-label.tsx';

interface DuplicateListProps {
  suggestions: readonly DuplicateSuggestion[];
  /** Opens items in a new tab, so a half-written request is not lost. */
  opensNewTab?: boolean;
  /** An action beside each suggestion (triage: "Merge here" on items). */
  action?: (suggestion: DuplicateSuggestion) => ReactNode;
}

/** Items and waiting requests that look like the same ask: items link to their page. */
export function DuplicateList({ suggestions, opensNewTab = false, action }: DuplicateListProps) {
  const target = opensNewTab ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <ul className="duplicates">
      {suggestions.map((suggestion) => (
        <li
          key={suggestion.key}
          className="duplicate"
          data-testid="duplicate-suggestion"
          data-key={suggestion.key}
          data-kind={suggestion.kind}
        >
          {suggestion.kind === 'item' ? (
            <>
              <Link to={itemPath(suggestion.key)} className="item-key" tabIndex={-1} {...target}>
                {suggestion.key}
              </Link>
              <Link to={itemPath(suggestion.key)} className="duplicate-title" {...target}>
                {suggestion.title}
              </Link>
              <StatusLabel status={suggestion.status} compact />
            </>
          ) : (
            <>
              <span className="item-key">{suggestion.key}</span>
              <span className="duplicate-title">{suggestion.title}</span>
              <RequestStateBadge state={suggestion.status} />
            </>
          )}
          {action?.(suggestion)}
        </li>
      ))}
    </ul>
  );
}
