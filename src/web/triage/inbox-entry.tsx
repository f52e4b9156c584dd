import type { Ref } from 'react';
import type { InboxEntry as Entry } from '../../client/ordo-client.ts';
import { type ItemSource, itemSourceLabels } from '../../domain/item.ts';
import { formatDateTime } from '../format-time.ts';
import { DuplicateList } from '../intake/duplicate-list.tsx';
import { RequestStateBadge } from '../ui/request-state-badge.tsx';
import { AcceptForm } from './accept-form.tsx';
import { mergeCandidates } from './decision-payload.ts';
import { EntryConversation } from './entry-conversation.tsx';
import { MergeForm } from './merge-form.tsx';
import { NoteForm } from './note-form.tsx';
import { ageWording, commercialImpact, isOverdue } from './request-facts.ts';
import type { Decision } from './use-triage-decision.ts';

export type DecisionKind = Decision['decision'];

/** The decision form open under an entry, and the item a suggestion's "Merge here" chose. */
export interface OpenPanel {
  key: string;
  decision: DecisionKind;
  mergeInto?: string;
}

interface InboxEntryProps {
  ref: Ref<HTMLLIElement>;
  entry: Entry;
  isFocused: boolean;
  isSelected: boolean;
  panel: OpenPanel | null;
  itemKeysListId: string;
  decision: { isPending: boolean; error: string | null };
  onSelect: (key: string) => void;
  onFocusEntry: (key: string) => void;
  onOpen: (panel: OpenPanel | null) => void;
  onDecide: (decision: Decision) => void;
}

const decisionButtons: { decision: DecisionKind; label: string; shortcut: string }[] = [
  { decision: 'accept', label: 'Accept', shortcut: 'a' },
  { decision: 'merge', label: 'Merge', shortcut: 'm' },
  { decision: 'ask', label: 'Ask', shortcut: 'i' },
  { decision: 'decline', label: 'Decline', shortcut: 'd' },
];

/** One waiting request: who asked, how long ago, what it is worth, what it looks like, and the decisions. */
export function InboxEntry({
  ref,
  entry,
  isFocused,
  isSelected,
  panel,
  itemKeysListId,
  decision,
  onSelect,
  onFocusEntry,
  onOpen,
  onDecide,
}: InboxEntryProps) {
  const impact = commercialImpact(entry);
  const candidates = mergeCandidates(entry.suggestions);
  const close = () => onOpen(null);
  const formProps = {
    requestKey: entry.key,
    isPending: decision.isPending,
    error: decision.error,
    onDecide,
    onCancel: close,
  };
  return (
    <li
      ref={ref}
      className={`triage-entry${isFocused ? ' is-focused' : ''}${isSelected ? ' is-selected' : ''}`}
      tabIndex={isFocused ? 0 : -1}
      onFocus={() => onFocusEntry(entry.key)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && panel) {
          event.stopPropagation();
          close();
        }
      }}
      aria-labelledby={`entry-title-${entry.key}`}
      data-testid="triage-entry"
      data-key={entry.key}
      data-state={entry.state}
    >
      <input
        type="checkbox"
        className="entry-select"
        checked={isSelected}
        onChange={() => onSelect(entry.key)}
        aria-label={`Select ${entry.key}`}
        data-testid="entry-select"
      />
      <div className="entry-body">
        <div className="entry-headline">
          <span className="item-key">{entry.key}</span>
          <h2 className="entry-title" id={`entry-title-${entry.key}`}>
            {entry.title}
          </h2>
          <span className={`source-badge source-${entry.source}`} data-testid="entry-source">
            {itemSourceLabels[entry.source as ItemSource] ?? entry.source}
          </span>
          <time
            className={`entry-age${isOverdue(entry.ageDays) ? ' is-overdue' : ''}`}
            dateTime={entry.createdAt}
            title={`Sent ${formatDateTime(entry.createdAt)}`}
            data-testid="entry-age"
          >
            {ageWording(entry.ageDays)}
          </time>
        </div>
        <div className="entry-facts">
          <span data-testid="entry-requester" title={entry.requester.email ?? undefined}>
            {entry.requester.name}
            {entry.requester.email && <span className="muted"> · {entry.requester.email}</span>}
          </span>
          {impact.length > 0 && (
            <span className="entry-impact" data-testid="entry-impact">
              {impact.join(' · ')}
            </span>
          )}
          {entry.state === 'needs_info' && (
            <RequestStateBadge state={entry.state} label="Waiting for an answer" />
          )}
        </div>
        {entry.problem && <p className="entry-problem">{entry.problem}</p>}
        <EntryConversation entry={entry} />
        {entry.suggestions.length > 0 && (
          <div className="entry-suggestions" data-testid="entry-suggestions">
            <span className="field-label">Looks like</span>
            <DuplicateList
              suggestions={entry.suggestions}
              action={(suggestion) =>
                suggestion.kind === 'item' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onOpen({ key: entry.key, decision: 'merge', mergeInto: suggestion.key })}
                    data-testid="merge-here"
                  >
                    Merge here
                  </button>
                )
              }
            />
          </div>
        )}
        <div className="entry-decisions">
          {decisionButtons.map((button) => (
            <button
              key={button.decision}
              type="button"
              className={`button button-small${panel?.decision === button.decision ? ' is-active' : ''}`}
              aria-expanded={panel?.decision === button.decision}
              aria-label={button.label}
              aria-keyshortcuts={button.shortcut}
              onClick={() =>
                onOpen(
                  panel?.decision === button.decision ? null : { key: entry.key, decision: button.decision },
                )
              }
              data-testid={`open-${button.decision}`}
            >
              {button.label}
              <kbd>{button.shortcut}</kbd>
            </button>
          ))}
        </div>
        {panel?.decision === 'accept' && (
          <AcceptForm {...formProps} source={entry.source as ItemSource} itemKeysListId={itemKeysListId} />
        )}
        {panel?.decision === 'merge' && (
          <MergeForm
            {...formProps}
            key={panel.mergeInto ?? ''}
            candidates={candidates}
            initialKey={panel.mergeInto}
            itemKeysListId={itemKeysListId}
          />
        )}
        {(panel?.decision === 'ask' || panel?.decision === 'decline') && (
          <NoteForm {...formProps} key={panel.decision} decision={panel.decision} />
        )}
      </div>
    </li>
  );
}
