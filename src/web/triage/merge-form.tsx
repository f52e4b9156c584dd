import { type FormEvent, useState } from 'react';
import type { DuplicateSuggestion } from '../../client/ordo-client.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { DecisionActions } from './decision-actions.tsx';
import { normaliseKey } from './decision-payload.ts';
import { useFocusFirstField } from './use-focus-first-field.ts';
import type { Decision } from './use-triage-decision.ts';

interface MergeFormProps {
  requestKey: string;
  /** The suggested items, best first; the first is chosen to begin with. */
  candidates: readonly DuplicateSuggestion[];
  /** Preselects this item (a suggestion's own "Merge here"). */
  initialKey?: string;
  itemKeysListId: string;
  isPending: boolean;
  error: string | null;
  onDecide: (decision: Decision) => void;
  onCancel: () => void;
}

const other = '';

/** Merge into an existing item as a duplicate: a suggested item, or any item by its key. */
export function MergeForm({
  requestKey,
  candidates,
  initialKey,
  itemKeysListId,
  isPending,
  error,
  onDecide,
  onCancel,
}: MergeFormProps) {
  const ref = useFocusFirstField<HTMLFormElement>();
  const [choice, setChoice] = useState(initialKey ?? candidates[0]?.key ?? other);
  const [typedKey, setTypedKey] = useState('');
  const into = choice === other ? normaliseKey(typedKey) : choice;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (into) onDecide({ decision: 'merge', key: requestKey, into });
  };
  const name = `merge-${requestKey}`;
  return (
    <form ref={ref} className="decision-form" onSubmit={submit} data-testid="merge-form">
      <fieldset className="merge-choices">
        <legend>Merge {requestKey} into</legend>
        {candidates.map((candidate) => (
          <label
            key={candidate.key}
            className="merge-choice"
            data-testid="merge-candidate"
            data-key={candidate.key}
          >
            <input
              type="radio"
              name={name}
              checked={choice === candidate.key}
              onChange={() => setChoice(candidate.key)}
            />
            <span className="item-key">{candidate.key}</span>
            <span className="merge-choice-title">{candidate.title}</span>
            <StatusLabel status={candidate.status} compact />
          </label>
        ))}
        <label className="merge-choice">
          <input type="radio" name={name} checked={choice === other} onChange={() => setChoice(other)} />
          <span>Another item:</span>
          <input
            className="key-input"
            value={typedKey}
            onChange={(event) => {
              setTypedKey(event.target.value);
              setChoice(other);
            }}
            onFocus={() => setChoice(other)}
            list={itemKeysListId}
            placeholder="PAY-12"
            autoComplete="off"
            aria-label="Key of the item to merge into"
            data-testid="merge-key"
          />
        </label>
      </fieldset>
      <ErrorText message={error} />
      <DecisionActions
        label={into ? `Merge into ${into}` : 'Merge'}
        pendingLabel="Merging…"
        isPending={isPending}
        isDisabled={!into}
        onCancel={onCancel}
        testId="merge-submit"
      />
    </form>
  );
}
