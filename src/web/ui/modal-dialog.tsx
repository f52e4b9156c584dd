import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/**
 * A modal dialog on the native `<dialog>`: focus moves in and back out, Escape and the close
 * button close it, the page behind is inert. Rendered only while open.
 */
export function ModalDialog({ title, onClose, children, testId }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      data-testid={testId}
    >
      <div className="modal-dialog-heading">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label="Close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

interface DialogActionsProps {
  onCancel: () => void;
  cancelLabel?: string;
  confirmLabel: string;
  /** Said on the confirm button while the work is under way: "Archiving…". */
  busyLabel?: string;
  isBusy?: boolean;
  isDisabled?: boolean;
  tone?: 'primary' | 'danger';
  testId: string;
  /** What the confirm button does when no form is around it (else it submits the form). */
  onConfirm?: () => void;
}

/** A dialog's two buttons: a way out, and the one that does what the dialog is for. */
export function DialogActions({
  onCancel,
  cancelLabel = 'Cancel',
  confirmLabel,
  busyLabel,
  isBusy = false,
  isDisabled = false,
  tone = 'primary',
  testId,
  onConfirm,
}: DialogActionsProps) {
  return (
    <div className="modal-dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={`button button-${tone}`}
        disabled={isBusy || isDisabled}
        onClick={onConfirm}
        data-testid={testId}
      >
        {isBusy && busyLabel ? busyLabel : confirmLabel}
      </button>
    </div>
  );
}
