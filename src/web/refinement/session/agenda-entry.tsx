import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../domain/permissions.ts';
import { client } from '../../api.ts';
import { itemPath } from '../../app.tsx';
import { ArchiveDialog } from '../../items/archive-dialog.tsx';
import { mayArchive, mayRunRefinement, maySplit } from '../../permissions.ts';
import { useToast } from '../../ui/toasts.tsx';
import { TypeBadge } from '../../ui/type-badge.tsx';
import { ReadinessBadge } from '../readiness/readiness-badge.tsx';
import { listInWords } from '../readiness/readiness-text.ts';
import type { AgendaEntry, AgendaNote, SessionView } from '../refinement-api.ts';
import { withSplitParts } from './agenda-changes.ts';
import { AgendaNotes } from './agenda-notes.tsx';
import { QuickEdit } from './quick-edit.tsx';
import { outcomeTitle } from './session-summary-text.ts';
import { SplitDialog } from './split-dialog.tsx';
import { useSessionAction } from './use-session.ts';

export interface AgendaReorder {
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
  isFirst: boolean;
  isLast: boolean;
  isDisabled: boolean;
}

interface AgendaEntryCardProps {
  entry: AgendaEntry;
  position: number;
  session: Pick<SessionView, 'id' | 'state' | 'productKey' | 'agenda'>;
  role: Role | undefined;
  isInPoker: boolean;
  isExpanded: boolean;
  onToggleExpand: () => void;
  /** Before the session starts, the one who runs it orders the agenda. */
  reorder: AgendaReorder | null;
}

/** One item on the agenda: what it lacks, notes and outcome, and what can be done with it. */
export function AgendaEntryCard(props: AgendaEntryCardProps) {
  const { entry, position, session, role, isInPoker, isExpanded, onToggleExpand, reorder } = props;
  const { item } = entry;
  const toast = useToast();
  const [dialog, setDialog] = useState<'split' | 'archive' | null>(null);
  const note = useSessionAction(session.id, (change: AgendaNote) =>
    client.noteAgendaItem(session.id, item.key, change),
  );
  const poker = useSessionAction(session.id, () => client.startPoker(session.id, item.key));
  const agenda = useSessionAction(session.id, (keys: string[]) => client.setAgenda(session.id, keys));
  const canRun = mayRunRefinement(role);
  const isOpen = session.state !== 'ended';
  const isArchived = item.archivedAt !== null;

  return (
    <li
      className={`agenda-entry${isInPoker ? ' is-in-poker' : ''}${isArchived ? ' is-archived' : ''}`}
      data-testid="agenda-entry"
      data-key={item.key}
    >
      <div className="agenda-entry-head">
        <span className="agenda-position" aria-hidden="true">
          {position}
        </span>
        <Link to={itemPath(item.key)} className="item-key">
          {item.key}
        </Link>
        <TypeBadge type={item.type} />
        <Link to={itemPath(item.key)} className="agenda-title">
          {item.title}
        </Link>
        <span className="agenda-entry-meta">
          {entry.outcome && (
            <span className="outcome-chip" data-testid="agenda-outcome-chip">
              {outcomeTitle(entry.outcome)}
            </span>
          )}
          {isArchived ? (
            <span className="role-badge">archived</span>
          ) : (
            <ReadinessBadge readiness={{ isReady: entry.isReady, lacks: entry.lacks }} />
          )}
          <span className="estimate" title="Estimate (story points)" data-testid="agenda-estimate">
            {item.estimate ?? '–'}
          </span>
        </span>
        {reorder && (
          <span className="agenda-reorder">
            <button
              type="button"
              className="button button-ghost button-small"
              aria-label={`Move ${item.key} up`}
              disabled={reorder.isFirst || reorder.isDisabled}
              onClick={reorder.onUp}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              aria-label={`Move ${item.key} down`}
              disabled={reorder.isLast || reorder.isDisabled}
              onClick={reorder.onDown}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              aria-label={`Take ${item.key} off the agenda`}
              disabled={reorder.isDisabled}
              onClick={reorder.onRemove}
              data-testid="agenda-remove"
            >
              ✕
            </button>
          </span>
        )}
      </div>
      {!entry.isReady && (
        <p className="agenda-lacks" data-testid="agenda-lacks">
          Lacks {listInWords(entry.lacks.map((lack) => lack.label))}.
        </p>
      )}
      <AgendaNotes entry={entry} canNote={canRun && isOpen} onNote={note.mutate} />
      {isOpen && !isArchived && (
        <div className="agenda-actions">
          {canRun && session.state === 'running' && (
            <button
              type="button"
              className="button button-small"
              disabled={isInPoker || poker.isPending}
              onClick={() => poker.mutate(undefined)}
              data-testid="start-poker"
            >
              {isInPoker ? 'In poker' : 'Estimate with poker'}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            aria-expanded={isExpanded}
            onClick={onToggleExpand}
            data-testid="quick-edit-toggle"
          >
            {isExpanded ? 'Close the fields' : 'Edit the fields'}
          </button>
          {maySplit(role) && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setDialog('split')}
              data-testid="split"
            >
              Split…
            </button>
          )}
          {mayArchive(role) && (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setDialog('archive')}
              data-testid="archive"
            >
              Archive…
            </button>
          )}
        </div>
      )}
      {isExpanded && isOpen && !isArchived && <QuickEdit itemKey={item.key} />}
      {dialog === 'split' && (
        <SplitDialog
          item={item}
          productKey={session.productKey}
          onClose={() => setDialog(null)}
          onSplit={(keys) => {
            setDialog(null);
            toast(`Split ${item.key} into ${keys.join(', ')}`);
            if (!canRun) return;
            note.mutate({ outcome: 'split' });
            // The parts are refined next, in this session.
            const onAgenda = session.agenda.map((entry) => entry.item.key);
            agenda.mutate(withSplitParts(onAgenda, item.key, keys));
          }}
        />
      )}
      {dialog === 'archive' && (
        <ArchiveDialog
          item={item}
          productKey={session.productKey}
          onClose={() => setDialog(null)}
          onArchived={() => {
            setDialog(null);
            toast(`Archived ${item.key}`);
            if (canRun) note.mutate({ outcome: 'archived' });
          }}
        />
      )}
    </li>
  );
}
