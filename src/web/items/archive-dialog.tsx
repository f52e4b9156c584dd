import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ArchiveReason } from '../../app/items/archive-item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { DialogActions, ModalDialog } from '../ui/modal-dialog.tsx';

/** Why an item leaves the backlog, as the person picks it (the archive dialog and the custodian's bulk bar). */
export const archiveReasonChoices: { value: ArchiveReason; label: string }[] = [
  { value: 'obsolete', label: 'Obsolete: no longer needed' },
  { value: 'duplicate', label: 'A duplicate of another item' },
  { value: 'wont_do', label: 'Won’t do' },
  { value: 'delivered_elsewhere', label: 'Delivered elsewhere' },
  { value: 'stale', label: 'Stale: untouched for too long' },
];

interface ArchiveDialogProps {
  item: { key: string; title: string };
  productKey: string;
  onClose: () => void;
  onArchived: () => void;
}

/** Takes an item out of the backlog with a reason (it can be restored from its page, to its place). */
export function ArchiveDialog({ item, productKey, onClose, onArchived }: ArchiveDialogProps) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<ArchiveReason>('obsolete');
  const archive = useMutation({
    mutationFn: () => client.archiveItem(item.key, reason),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) });
      onArchived();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    archive.mutate();
  };
  return (
    <ModalDialog title={`Archive ${item.key}`} onClose={onClose} testId="archive-dialog">
      <form className="archive-form" onSubmit={submit}>
        <p>{item.title}</p>
        <label className="field">
          <span>Why?</span>
          <select
            value={reason}
            onChange={(event) => setReason(event.target.value as ArchiveReason)}
            data-testid="archive-reason"
          >
            {archiveReasonChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <ErrorText message={archive.error ? errorMessage(archive.error) : null} />
        <DialogActions
          onCancel={onClose}
          confirmLabel="Archive"
          busyLabel="Archiving…"
          isBusy={archive.isPending}
          tone="danger"
          testId="archive-submit"
        />
      </form>
    </ModalDialog>
  );
}
