import type { ItemDetail } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { Markdown } from '../markdown.tsx';
import { EditableField } from './editable-field.tsx';

interface TextFieldsProps {
  item: ItemDetail;
  canEdit: boolean;
}

const empty = (what: string) => <p className="muted empty-field">{what}</p>;

/** The title, edited in place; plain text only. */
export function ItemTitle({ item, canEdit }: TextFieldsProps) {
  return (
    <EditableField
      item={item}
      label="Title"
      showLabel={false}
      canEdit={canEdit}
      className="item-title"
      testId="item-title"
      display={<h1>{item.title}</h1>}
      draftOf={(current) => current.title}
      toChanges={(title) => ({ title })}
      editor={(draft, setDraft, id) => (
        <input
          id={id}
          className="title-input"
          value={draft}
          maxLength={limits.titleLength}
          required
          onChange={(event) => setDraft(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
          autoFocus
          data-testid="title-input"
        />
      )}
    />
  );
}

/** Problem statement, who it serves, expected outcome: the why of the item. */
export function ItemTextFields({ item, canEdit }: TextFieldsProps) {
  const markdownEditor =
    (testId: string) => (draft: string, setDraft: (text: string) => void, id: string) => (
      <>
        <textarea
          id={id}
          rows={8}
          value={draft}
          maxLength={limits.textLength}
          onChange={(event) => setDraft(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
          autoFocus
          aria-describedby={`${id}-hint`}
          data-testid={`${testId}-input`}
        />
        <small id={`${id}-hint`} className="muted">
          Markdown: **bold**, _italic_, lists, links and tables.
        </small>
      </>
    );
  return (
    <div className="item-text-fields">
      <EditableField
        item={item}
        label="Problem statement"
        canEdit={canEdit}
        testId="item-problem"
        display={item.problem ? <Markdown source={item.problem} /> : empty('What problem does this solve?')}
        draftOf={(current) => current.problem}
        toChanges={(problem) => ({ problem })}
        editor={markdownEditor('problem')}
      />
      <EditableField
        item={item}
        label="Who it serves"
        canEdit={canEdit}
        testId="item-serves"
        display={item.serves ? <p>{item.serves}</p> : empty('Which users or stakeholders benefit?')}
        draftOf={(current) => current.serves}
        toChanges={(serves) => ({ serves })}
        editor={(draft, setDraft, id) => (
          <input
            id={id}
            value={draft}
            maxLength={limits.servesLength}
            onChange={(event) => setDraft(event.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
            autoFocus
            data-testid="serves-input"
          />
        )}
      />
      <EditableField
        item={item}
        label="Expected outcome"
        canEdit={canEdit}
        testId="item-outcome"
        display={
          item.outcome ? <Markdown source={item.outcome} /> : empty('What will be true when it ships?')
        }
        draftOf={(current) => current.outcome}
        toChanges={(outcome) => ({ outcome })}
        editor={markdownEditor('outcome')}
      />
    </div>
  );
}
