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
