import { type FormEvent, useState } from 'react';
import { limits } from '../../../domain/item.ts';
import { DialogActions, ModalDialog } from '../../ui/modal-dialog.tsx';

interface HoldReasonDialogProps {
  itemKey: string;
  onHold: (reason: string) => void;
  onCancel: () => void;
}

/** Putting work on hold asks why, so everyone sees what blocks it. */
export function HoldReasonDialog({ itemKey, onHold, onCancel }: HoldReasonDialogProps) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onHold(reason.trim());
  };
  return (
    <ModalDialog title={`Put ${itemKey} on hold`} onClose={onCancel} testId="hold-dialog">
      <form onSubmit={submit}>
        <label className="field">
          <span>Why is it on hold?</span>
          <textarea
            rows={3}
            required={limits.holdReasonRequired}
            maxLength={limits.holdReasonLength}
            value={reason}
            // biome-ignore lint/a11y/noAutofocus: the dialog opens to ask exactly this
            autoFocus
            onChange={(event) => setReason(event.target.value)}
            placeholder="Waiting for the bank’s sandbox keys"
            data-testid="hold-reason"
          />
        </label>
        <DialogActions
          onCancel={onCancel}
          confirmLabel="Put on hold"
          isDisabled={!reason.trim()}
          testId="hold-confirm"
        />
      </form>
    </ModalDialog>
  );
}
