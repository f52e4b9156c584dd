import { type FormEvent, useState } from 'react';
import type { ItemSource, ItemType } from '../../domain/item.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { ItemTypeSelect } from '../ui/item-type-select.tsx';
import { DecisionActions } from './decision-actions.tsx';
import { acceptDecision, type Place } from './decision-payload.ts';
import { useFocusFirstField } from './use-focus-first-field.ts';
import type { Decision } from './use-triage-decision.ts';

interface AcceptFormProps {
  requestKey: string;
  source: ItemSource;
  /** The id of the datalist of item keys to offer for "after". */
  itemKeysListId: string;
  isPending: boolean;
  error: string | null;
  onDecide: (decision: Decision) => void;
  onCancel: () => void;
}

const places: { value: Place; label: string }[] = [
  { value: 'top', label: 'At the top' },
  { value: 'bottom', label: 'At the bottom' },
  { value: 'after', label: 'After…' },
];

/** Accept into the backlog: what type of item, and where in the order. */
export function AcceptForm({
  requestKey,
  source,
  itemKeysListId,
  isPending,
  error,
  onDecide,
  onCancel,
}: AcceptFormProps) {
  const ref = useFocusFirstField<HTMLFormElement>();
  const [type, setType] = useState<ItemType>(source === 'internal' ? 'task' : 'story');
  const [place, setPlace] = useState<Place>('bottom');
  const [afterKey, setAfterKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDecide({ decision: 'accept', key: requestKey, accept: acceptDecision({ type, place, afterKey }) });
  };
  return (
    <form ref={ref} className="decision-form" onSubmit={submit} data-testid="accept-form">
      <div className="decision-fields">
        <label className="field">
          <span>As a</span>
          <ItemTypeSelect value={type} onChange={setType} data-testid="accept-type" />
        </label>
        <fieldset className="field place-choice">
          <legend>Place in the backlog</legend>
          <div className="segmented">
            {places.map((option) => (
              <label key={option.value} className="segment">
                <input
                  type="radio"
                  name={`place-${requestKey}`}
                  value={option.value}
                  checked={place === option.value}
                  onChange={() => setPlace(option.value)}
                  data-testid={`accept-place-${option.value}`}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {place === 'after' && (
          <label className="field">
            <span>Item key</span>
            <input
              className="key-input"
              value={afterKey}
              onChange={(event) => setAfterKey(event.target.value)}
              list={itemKeysListId}
              required
              placeholder="PAY-12"
              autoComplete="off"
              data-testid="accept-after"
            />
          </label>
        )}
      </div>
      <ErrorText message={error} />
      <DecisionActions
        label="Accept"
        pendingLabel="Accepting…"
        isPending={isPending}
        isDisabled={place === 'after' && !afterKey.trim()}
        onCancel={onCancel}
        testId="accept-submit"
      />
    </form>
  );
}
