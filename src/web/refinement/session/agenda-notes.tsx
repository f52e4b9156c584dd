import { limits } from '../../../domain/item.ts';
import { type RefinementOutcome, refinementOutcomes } from '../../../domain/refinement.ts';
import { useDebouncedText } from '../../ui/use-debounced-text.ts';
import type { AgendaEntry, AgendaNote } from '../refinement-api.ts';
import { outcomeTitle } from './session-summary-text.ts';

interface AgendaNotesProps {
  entry: AgendaEntry;
  canNote: boolean;
  onNote: (note: AgendaNote) => void;
}

/** Notes and the outcome of one agenda item; notes are saved a moment after typing stops. */
export function AgendaNotes({ entry, canNote, onNote }: AgendaNotesProps) {
  const key = entry.item.key;
  const [notes, setNotes] = useDebouncedText(entry.notes, (text) => onNote({ notes: text }), 800);
  if (!canNote) {
    return (
      <div className="agenda-notes is-read-only">
        {entry.notes ? (
          <p className="agenda-notes-text">{entry.notes}</p>
        ) : (
          <p className="muted">No notes.</p>
        )}
      </div>
    );
  }
  return (
    <div className="agenda-notes">
      <label className="field agenda-notes-field">
        <span className="visually-hidden">Notes on {key}</span>
        <textarea
          rows={2}
          placeholder="Notes: questions, decisions, who follows up"
          value={notes}
          maxLength={limits.textLength}
          onChange={(event) => setNotes(event.target.value)}
          data-testid="agenda-notes"
        />
      </label>
      <label className="field-inline">
        <span>Outcome</span>
        <select
          value={entry.outcome ?? ''}
          onChange={(event) => onNote({ outcome: (event.target.value || null) as RefinementOutcome | null })}
          data-testid="agenda-outcome"
        >
          <option value="">Not yet</option>
          {refinementOutcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeTitle(outcome)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
