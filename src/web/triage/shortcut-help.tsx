import { useEffect, useRef } from 'react';
import { inboxShortcuts } from './inbox-shortcuts.ts';

/** The inbox's keyboard shortcuts, in a dialog that "?" opens and Escape closes. */
export function ShortcutHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      onClose={onClose}
      aria-labelledby="shortcuts-heading"
      data-testid="shortcut-help"
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {inboxShortcuts.map((shortcut) => (
          <div key={shortcut.key}>
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Shortcuts act on the highlighted request and wait while you type in a field.</p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
