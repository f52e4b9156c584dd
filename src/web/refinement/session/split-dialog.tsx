import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../../api.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { DialogActions, ModalDialog } from '../../ui/modal-dialog.tsx';
import type { AgendaEntry } from '../refinement-api.ts';
import { firstSplitDrafts, maxParts, type SplitDraft, splitParts } from './split-parts.ts';

interface SplitDialogProps {
  item: AgendaEntry['item'];
  productKey: string;
  onClose: () => void;
  /** After the split: the keys of the parts, the original's first. */
  onSplit: (keys: string[]) => void;
}

/**
 * Splits an item too big for a sprint into two or more parts: the original keeps its key and
 * becomes the first part; the others are new items right below it.
 */
export function SplitDialog({ item, productKey, onClose, onSplit }: SplitDialogProps) {
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<SplitDraft[]>(() => firstSplitDrafts(item.title, item.estimate));
  const [problem, setProblem] = useState<string | null>(null);
  const split = useMutation({
    mutationFn: (parts: Parameters<typeof client.splitItem>[2]) =>
      client.splitItem(item.key, item.version, parts),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) });
      onSplit(result.data.map((part) => part.key));
    },
    onError: (error) => setProblem(errorMessage(error)),
  });
  const change = (index: number, patch: Partial<SplitDraft>) =>
    setDrafts(drafts.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = splitParts(drafts);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    split.mutate(result.parts);
  };

  return (
    <ModalDialog title={`Split ${item.key}`} onClose={onClose} testId="split-dialog">
      <form className="split-form" onSubmit={submit}>
        <p className="muted">
          {item.key} keeps its key, history and requesters as the first part; each other part becomes a new
          item right below it.
        </p>
        <ol className="split-parts">
          {drafts.map((draft, index) => (
            // Parts have no identity until they are created: their place is their name.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="split-part" data-testid="split-part">
              <label className="field split-part-title">
                <span>{index === 0 ? `Part 1 (stays ${item.key})` : `Part ${index + 1}`}</span>
                <input
                  value={draft.title}
                  maxLength={limits.titleLength}
                  onChange={(event) => change(index, { title: event.target.value })}
                  data-testid="split-title"
                />
              </label>
              <label className="field split-part-estimate">
                <span>Estimate</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={limits.estimateMax}
                  value={draft.estimate}
                  onChange={(event) => change(index, { estimate: event.target.value })}
                  data-testid="split-estimate"
                />
              </label>
              {drafts.length > 2 && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-label={`Remove part ${index + 1}`}
                  onClick={() => setDrafts(drafts.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ol>
        {drafts.length < maxParts && (
          <button
            type="button"
            className="button button-small"
            onClick={() => setDrafts([...drafts, { title: '', estimate: '' }])}
            data-testid="split-add-part"
          >
            Add a part
          </button>
        )}
        <ErrorText message={problem} testId="split-error" />
        <DialogActions
          onCancel={onClose}
          confirmLabel="Split"
          busyLabel="Splitting…"
          isBusy={split.isPending}
          testId="split-submit"
        />
      </form>
    </ModalDialog>
  );
}
