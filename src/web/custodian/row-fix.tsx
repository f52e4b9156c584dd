import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type ItemStatus, itemStatuses, itemStatusLabels, limits } from '../../domain/item.ts';
import { errorMessage } from '../api.ts';
import { itemPath } from '../app.tsx';
import { listInWords } from '../refinement/readiness/readiness-text.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { type BulkDraft, bulkChange } from './bulk-payload.ts';
import type { SignalItem, SignalName } from './custodian-api.ts';
import { type RowFix as RowFixKind, signalFixes, suggestedStatus } from './signal-words.ts';
import { useBulkChange } from './use-custodian.ts';

interface RowFixProps {
  productKey: string;
  signal: SignalName;
  item: SignalItem;
  /** For a row that is not ready: what it lacks (undefined while unknown). */
  lacks: string[] | undefined;
  /** The id of the datalist of the tags already in use. */
  tagListId: string;
}

/** The fix that fits a row's signal, made in place on this one item (all the row needs). */
export function RowFix({ productKey, signal, item, lacks, tagListId }: RowFixProps) {
  const kind: RowFixKind = signalFixes[signal];
  if (kind === 'readiness') return <ReadinessFix itemKey={item.key} lacks={lacks} />;
  if (kind === 'open') return <OpenItem itemKey={item.key} />;
  return <ChangeFix productKey={productKey} signal={signal} item={item} kind={kind} tagListId={tagListId} />;
}

function OpenItem({ itemKey, label = 'Open' }: { itemKey: string; label?: string }) {
  return (
    <Link to={itemPath(itemKey)} className="button button-small" data-testid="fix-open">
      {label}
    </Link>
  );
}

function ReadinessFix({ itemKey, lacks }: { itemKey: string; lacks: string[] | undefined }) {
  return (
    <span className="row-fix row-fix-readiness">
      <span className="row-lacks" data-testid="row-lacks">
        {lacks === undefined ? '' : lacks.length ? `Lacks ${listInWords(lacks)}` : 'Ready now'}
      </span>
      <OpenItem itemKey={itemKey} label="Refine" />
    </span>
  );
}

interface ChangeFixProps {
  productKey: string;
  signal: SignalName;
  item: SignalItem;
  kind: 'tag' | 'status' | 'hold_reason';
  tagListId: string;
}

/** A small form that changes the item through the bulk endpoint, for its one key. */
function ChangeFix({ productKey, signal, item, kind, tagListId }: ChangeFixProps) {
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState<ItemStatus>(() => suggestedStatus(signal, item.status));
  const [holdReason, setHoldReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useBulkChange(productKey);
  const draft: BulkDraft =
    kind === 'tag'
      ? { action: 'tag', tag }
      : kind === 'hold_reason'
        ? { action: 'status', status: 'on_hold', holdReason }
        : { action: 'status', status, holdReason };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = bulkChange(draft);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    change.mutate({ keys: [item.key], change: result.change });
  };
  const asksReason = kind === 'hold_reason' || status === 'on_hold';
  const error = problem ?? (change.error ? errorMessage(change.error) : null);
  return (
    <form className={`row-fix row-fix-${kind}`} onSubmit={submit} data-testid={`fix-${kind}`}>
      {kind === 'tag' && (
        <input
          className="row-fix-input"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          list={tagListId}
          maxLength={limits.tagLength}
          placeholder="Add a tag"
          aria-label={`Tag for ${item.key}`}
          data-testid="fix-tag-input"
        />
      )}
      {kind === 'status' && (
        <select
          value={status}
          onChange={(event) => setStatus(event.target.value as ItemStatus)}
          aria-label={`New status of ${item.key}`}
          data-testid="fix-status-select"
        >
          {itemStatuses
            .filter((option) => option !== item.status)
            .map((option) => (
              <option key={option} value={option}>
                {itemStatusLabels[option]}
              </option>
            ))}
        </select>
      )}
      {asksReason && (
        <input
          className="row-fix-input row-fix-reason"
          value={holdReason}
          onChange={(event) => setHoldReason(event.target.value)}
          maxLength={limits.holdReasonLength}
          placeholder="Why is it on hold?"
          aria-label={`Why ${item.key} is on hold`}
          required
          data-testid="fix-hold-reason"
        />
      )}
      <button
        type="submit"
        className="button button-small"
        disabled={change.isPending}
        data-testid="fix-submit"
      >
        {change.isPending
          ? 'Saving…'
          : kind === 'tag'
            ? 'Tag'
            : kind === 'hold_reason'
              ? 'Save reason'
              : 'Set'}
      </button>
      <ErrorText message={error} testId="fix-error" />
    </form>
  );
}
