import { type FormEvent, type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import type { ItemChanges, ItemDetail } from '../../client/ordo-client.ts';
import { errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useSaveItem } from './use-save-item.ts';
import { conflictingVersion } from './version-conflict.ts';

interface EditableFieldProps<Draft> {
  item: ItemDetail;
  /** The field's name for people: "Title", "Estimate". */
  label: string;
  canEdit: boolean;
  /** The field as it reads when not being edited. */
  display: ReactNode;
  /** The draft to start editing from. */
  draftOf: (item: ItemDetail) => Draft;
  /** The inputs for the draft; `id` labels the first of them. */
  editor: (draft: Draft, setDraft: (draft: Draft) => void, id: string) => ReactNode;
  toChanges: (draft: Draft) => ItemChanges;
  testId: string;
  className?: string;
  /** Whether the label is shown above the value (properties) or only to screen readers (title). */
  showLabel?: boolean;
}

/**
 * A field edited in place: Edit opens its inputs, Save sends only its changes with the version
 * the edit started from, Escape cancels. A conflict keeps the draft and says what happened.
 */
export function EditableField<Draft>(props: EditableFieldProps<Draft>) {
  const {
    item,
    label,
    canEdit,
    display,
    draftOf,
    editor,
    toChanges,
    testId,
    className,
    showLabel = true,
  } = props;
  const save = useSaveItem(item.key);
  const id = useId();
  const [editing, setEditing] = useState<{ draft: Draft; version: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const start = () => {
    setProblem(null);
    setEditing({ draft: draftOf(item), version: item.version });
  };
  const cancel = () => {
    setEditing(null);
    setProblem(null);
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!editing) return;
    try {
      await save.mutateAsync({ version: editing.version, changes: toChanges(editing.draft) });
      cancel();
    } catch (error) {
      const latest = conflictingVersion(error);
      if (latest === null) return setProblem(errorMessage(error));
      setProblem(
        'Someone else changed this item since you started. Save again to replace it with yours, or cancel.',
      );
      if (latest >= 0) setEditing({ ...editing, version: latest });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit();
  };

  const labelNode = <span className={showLabel ? 'field-label' : 'visually-hidden'}>{label}</span>;
  if (editing) {
    return (
      <form className={`editable is-editing ${className ?? ''}`} onSubmit={submit} onKeyDown={onKeyDown}>
        <label htmlFor={id} className={showLabel ? 'field-label' : 'visually-hidden'}>
          {label}
        </label>
        {editor(editing.draft, (draft) => setEditing({ ...editing, draft }), id)}
        <ErrorText message={problem} testId={`${testId}-error`} />
        <div className="editable-actions">
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={save.isPending}
            data-testid={`save-${testId}`}
          >
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button button-small" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className={`editable ${className ?? ''}`}>
      {labelNode}
      <div className="editable-value" data-testid={testId}>
        {display}
      </div>
      {canEdit && (
        <button
          type="button"
          className="button button-ghost button-small edit-button"
          onClick={start}
          aria-label={`Edit ${label.toLowerCase()}`}
          data-testid={`edit-${testId}`}
        >
          Edit
        </button>
      )}
    </div>
  );
}
