import { type FormEvent, useState } from 'react';
import type { Role } from '../../../domain/permissions.ts';
import { client } from '../../api.ts';
import { mayRunRefinement } from '../../permissions.ts';
import { plural } from '../../plural.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import type { SessionView } from '../refinement-api.ts';
import { addAgendaItem, removeAgendaItem, shiftAgendaItem } from './agenda-changes.ts';
import { AgendaEntryCard } from './agenda-entry.tsx';
import { useSessionAction } from './use-session.ts';

interface AgendaListProps {
  view: SessionView;
  role: Role | undefined;
}

/** The session's agenda; before the start, the one who runs it reorders, removes and adds items. */
export function AgendaList({ view, role }: AgendaListProps) {
  const [expanded, setExpanded] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const setAgenda = useSessionAction(
    view.id,
    (keys: string[]) => client.setAgenda(view.id, keys),
    () => setTyped(''),
  );
  const keys = view.agenda.map((entry) => entry.item.key);
  const isEditable = view.state === 'planned' && mayRunRefinement(role);
  const pokerKey = view.poker?.itemKey ?? null;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = addAgendaItem(keys, typed, view.productKey);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    setAgenda.mutate(result.keys);
  };

  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="section-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <span className="muted count">{plural(keys.length, 'item')}</span>
      </div>
      {keys.length === 0 ? (
        <p className="muted list-placeholder">Nothing on the agenda.</p>
      ) : (
        <ol className="agenda-list" data-testid="agenda">
          {view.agenda.map((entry, index) => (
            <AgendaEntryCard
              key={entry.item.key}
              entry={entry}
              position={index + 1}
              session={view}
              role={role}
              isInPoker={entry.item.key === pokerKey}
              isExpanded={expanded === entry.item.key}
              onToggleExpand={() => setExpanded(expanded === entry.item.key ? null : entry.item.key)}
              reorder={
                isEditable
                  ? {
                      onUp: () => setAgenda.mutate(shiftAgendaItem(keys, index, -1)),
                      onDown: () => setAgenda.mutate(shiftAgendaItem(keys, index, 1)),
                      onRemove: () => setAgenda.mutate(removeAgendaItem(keys, entry.item.key)),
                      isFirst: index === 0,
                      isLast: index === keys.length - 1,
                      isDisabled: setAgenda.isPending,
                    }
                  : null
              }
            />
          ))}
        </ol>
      )}
      {isEditable && (
        <form className="agenda-add" onSubmit={add}>
          <label className="field-inline">
            <span>Add an item</span>
            <input
              placeholder={`${view.productKey}-12`}
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setProblem(null);
              }}
              data-testid="agenda-add-key"
            />
          </label>
          <button
            type="submit"
            className="button button-small"
            disabled={!typed.trim() || setAgenda.isPending}
          >
            Add
          </button>
          <ErrorText message={problem} testId="agenda-add-error" />
        </form>
      )}
    </section>
  );
}
