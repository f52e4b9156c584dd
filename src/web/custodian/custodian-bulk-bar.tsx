import { type FormEvent, useState } from 'react';
import type { ArchiveReason } from '../../app/items/archive-item.ts';
import { type ItemStatus, itemStatuses, itemStatusLabels, limits } from '../../domain/item.ts';
import { errorMessage } from '../api.ts';
import { archiveReasonChoices } from '../items/archive-dialog.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { type BulkAction, type BulkDraft, bulkChange, bulkKeys } from './bulk-payload.ts';
import { SectionCheckbox } from './section-checkbox.tsx';
import { useBulkChange } from './use-custodian.ts';

interface CustodianBulkBarProps {
  productKey: string;
  /** Every item key on the page, once. */
  keys: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], isSelected: boolean) => void;
  canArchive: boolean;
  tagListId: string;
}

const choices: { action: BulkAction; label: string; submit: string }[] = [
  { action: 'tag', label: 'Tag…', submit: 'Tag' },
  { action: 'untag', label: 'Untag…', submit: 'Untag' },
  { action: 'status', label: 'Set status…', submit: 'Set status of' },
  { action: 'archive', label: 'Archive…', submit: 'Archive' },
  { action: 'move', label: 'Move…', submit: 'Move' },
  { action: 'refine', label: 'Add to refinement', submit: 'Add to the next refinement session:' },
];

/** One change for every selected item, whichever section it shows in: all or none. */
export function CustodianBulkBar({
  productKey,
  keys,
  selected,
  onSelect,
  canArchive,
  tagListId,
}: CustodianBulkBarProps) {
  const [open, setOpen] = useState<BulkAction | null>(null);
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState<ItemStatus>('open');
  const [holdReason, setHoldReason] = useState('');
  const [reason, setReason] = useState<ArchiveReason>('obsolete');
  const [to, setTo] = useState<'top' | 'bottom'>('top');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useBulkChange(productKey, () => {
    onSelect(keys, false);
    setOpen(null);
    setTag('');
    setHoldReason('');
  });
  const chosen = keys.filter((key) => selected.has(key));
  const available = choices.filter((choice) => choice.action !== 'archive' || canArchive);
  const draftFor = (action: BulkAction): BulkDraft => {
    switch (action) {
      case 'tag':
      case 'untag':
        return { action, tag };
      case 'status':
        return { action, status, holdReason };
      case 'archive':
        return { action, reason };
      case 'move':
        return { action, to };
      case 'refine':
        return { action };
    }
  };
  const toggle = (action: BulkAction) => {
    setProblem(null);
    change.reset();
    setOpen(open === action ? null : action);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    const result = bulkChange(draftFor(open));
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    change.mutate({ keys: bulkKeys(chosen), change: result.change });
  };
  const choice = choices.find((each) => each.action === open);
  const error = problem ?? (change.error ? errorMessage(change.error) : null);
  return (
    <div className="bulk-bar custodian-bulk-bar" data-testid="bulk-bar">
      <label className="bulk-select-all" htmlFor="custodian-select-all">
        <SectionCheckbox
          keys={keys}
          selected={selected}
          onSelect={onSelect}
          label="Select every item on the page"
          testId="select-all"
          id="custodian-select-all"
        />
        <span data-testid="selected-count">
          {chosen.length > 0 ? `${chosen.length} selected` : 'Select all'}
        </span>
      </label>
      {chosen.length === 0 ? (
        <span className="muted bulk-hint">
          Tick items in any section to change them together: all of them change, or none.
        </span>
      ) : (
        <div className="bulk-choices">
          {available.map((each) => (
            <button
              key={each.action}
              type="button"
              className={`button button-small${open === each.action ? ' is-active' : ''}`}
              aria-expanded={open === each.action}
              onClick={() => toggle(each.action)}
              data-testid={`bulk-${each.action}`}
            >
              {each.label}
            </button>
          ))}
        </div>
      )}
      {chosen.length > 0 && open && (
        <form
          className="bulk-form"
          onSubmit={submit}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(null)}
          data-testid="bulk-form"
        >
          {(open === 'tag' || open === 'untag') && (
            <label className="field field-inline">
              <span>Tag</span>
              <input
                value={tag}
                onChange={(event) => setTag(event.target.value)}
                list={tagListId}
                maxLength={limits.tagLength}
                placeholder="billing"
                autoComplete="off"
                required
                data-testid="bulk-tag-input"
              />
            </label>
          )}
          {open === 'status' && (
            <>
              <label className="field field-inline">
                <span>Status</span>
                <select
                  value={status}
                  onChange={(event) => setStatus(event.target.value as ItemStatus)}
                  data-testid="bulk-status"
                >
                  {itemStatuses.map((option) => (
                    <option key={option} value={option}>
                      {itemStatusLabels[option]}
                    </option>
                  ))}
                </select>
              </label>
              {status === 'on_hold' && (
                <label className="field field-inline bulk-reason">
                  <span>Why on hold?</span>
                  <input
                    value={holdReason}
                    onChange={(event) => setHoldReason(event.target.value)}
                    maxLength={limits.holdReasonLength}
                    placeholder="Every item gets this reason"
                    required
                    data-testid="bulk-hold-reason"
                  />
                </label>
              )}
            </>
          )}
          {open === 'archive' && (
            <label className="field field-inline">
              <span>Why?</span>
              <select
                value={reason}
                onChange={(event) => setReason(event.target.value as ArchiveReason)}
                data-testid="bulk-archive-reason"
              >
                {archiveReasonChoices.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {open === 'move' && (
            <div className="segmented" role="radiogroup" aria-label="Move to">
              {(['top', 'bottom'] as const).map((place) => (
                <label key={place} className="segmented-option">
                  <input
                    type="radio"
                    name="bulk-move-to"
                    checked={to === place}
                    onChange={() => setTo(place)}
                    data-testid={`bulk-move-${place}`}
                  />
                  <span>{place === 'top' ? 'To the top' : 'To the bottom'}</span>
                </label>
              ))}
            </div>
          )}
          <button
            type="submit"
            className={`button button-primary button-small${open === 'archive' ? ' button-danger' : ''}`}
            disabled={change.isPending}
            data-testid="bulk-submit"
          >
            {change.isPending
              ? 'Working…'
              : `${choice?.submit} ${chosen.length} item${chosen.length === 1 ? '' : 's'}${open === 'move' ? ` to the ${to}` : ''}`}
          </button>
          <ErrorText message={error} testId="bulk-error" />
        </form>
      )}
    </div>
  );
}
