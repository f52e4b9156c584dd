import { type FormEvent, useState } from 'react';
import type { ItemType } from '../../domain/item.ts';
import { requestLimits } from '../../domain/request.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { ItemTypeSelect } from '../ui/item-type-select.tsx';
import type { BulkDraft } from './decision-payload.ts';

type BulkDecision = BulkDraft['decision'];

interface BulkBarProps {
  total: number;
  selected: number;
  itemKeysListId: string;
  isPending: boolean;
  error: string | null;
  onSelectAll: (isAll: boolean) => void;
  onDecide: (draft: BulkDraft) => void;
}

const choices: { decision: BulkDecision; label: string }[] = [
  { decision: 'accept', label: 'Accept selected to bottom' },
  { decision: 'merge', label: 'Merge selected into…' },
  { decision: 'decline', label: 'Decline selected' },
];

/** Selection and one decision for all the selected requests (all or none are decided). */
export function BulkBar({
  total,
  selected,
  itemKeysListId,
  isPending,
  error,
  onSelectAll,
  onDecide,
}: BulkBarProps) {
  const [open, setOpen] = useState<BulkDecision | null>(null);
  const [type, setType] = useState<ItemType>('story');
  const [into, setInto] = useState('');
  const [reason, setReason] = useState('');
  const draft: BulkDraft | null =
    open === 'accept'
      ? { decision: 'accept', type }
      : open === 'merge' && into.trim()
        ? { decision: 'merge', into }
        : open === 'decline' && reason.trim()
          ? { decision: 'decline', reason }
          : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft) onDecide(draft);
  };
  const isAll = total > 0 && selected === total;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <label className="bulk-select-all">
        <input
          type="checkbox"
          checked={isAll}
          ref={(box) => {
            if (box) box.indeterminate = selected > 0 && !isAll;
          }}
          onChange={() => onSelectAll(!isAll)}
          disabled={total === 0}
          data-testid="select-all"
        />
        <span>{selected > 0 ? `${selected} selected` : 'Select all'}</span>
      </label>
      {selected === 0 ? (
        <span className="muted bulk-hint">Select requests (or press x) to decide on several at once.</span>
      ) : (
        <div className="bulk-choices">
          {choices.map((choice) => (
            <button
              key={choice.decision}
              type="button"
              className={`button button-small${open === choice.decision ? ' is-active' : ''}`}
              aria-expanded={open === choice.decision}
              onClick={() => setOpen(open === choice.decision ? null : choice.decision)}
              data-testid={`bulk-${choice.decision}`}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {selected > 0 && open && (
        <form
          className="bulk-form"
          onSubmit={submit}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(null)}
          data-testid="bulk-form"
        >
          {open === 'accept' && (
            <label className="field field-inline">
              <span>As</span>
              <ItemTypeSelect value={type} onChange={setType} data-testid="bulk-type" />
            </label>
          )}
          {open === 'merge' && (
            <label className="field field-inline">
              <span>Into item</span>
              <input
                className="key-input"
                value={into}
                onChange={(event) => setInto(event.target.value)}
                list={itemKeysListId}
                placeholder="PAY-12"
                autoComplete="off"
                required
                data-testid="bulk-into"
              />
            </label>
          )}
          {open === 'decline' && (
            <label className="field field-inline bulk-reason">
              <span>Reason</span>
              <input
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                maxLength={requestLimits.reasonLength}
                placeholder="Every requester reads it"
                required
                data-testid="bulk-reason"
              />
            </label>
          )}
          <button
            type="submit"
            className={`button button-primary button-small${open === 'decline' ? ' button-danger' : ''}`}
            disabled={!draft || isPending}
            data-testid="bulk-submit"
          >
            {isPending
              ? 'Working…'
              : `${choices.find((choice) => choice.decision === open)?.label.replace('…', '')} (${selected})`}
          </button>
          <ErrorText message={error} />
        </form>
      )}
    </div>
  );
}
