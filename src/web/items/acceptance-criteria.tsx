import { type FormEvent, useState } from 'react';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { type AcceptanceCriterion, limits } from '../../domain/item.ts';
import { errorMessage } from '../api.ts';
import { CriterionFinding, criterionAnchor } from '../refinement/readiness/lint-findings.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { addCriterion, removeCriterion, rewordCriterion, toggleCriterion } from './criteria-changes.ts';
import { useSaveItem } from './use-save-item.ts';
import { isVersionConflict } from './version-conflict.ts';

interface AcceptanceCriteriaProps {
  item: ItemDetail;
  canEdit: boolean;
}

/** The acceptance criteria as a checklist: tick, reword, add and remove, each saved at once. */
export function AcceptanceCriteria({ item, canEdit }: AcceptanceCriteriaProps) {
  const save = useSaveItem(item.key);
  const [newText, setNewText] = useState('');
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const criteria = item.acceptanceCriteria;
  const doneCount = criteria.filter((criterion) => criterion.done).length;

  const saveList = async (acceptanceCriteria: AcceptanceCriterion[]) => {
    try {
      await save.mutateAsync({ version: item.version, changes: { acceptanceCriteria } });
      return true;
    } catch {
      return false;
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (newText.trim() && (await saveList(addCriterion(criteria, newText)))) setNewText('');
  };
  const reword = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (await saveList(rewordCriterion(criteria, editing.index, editing.text))) setEditing(null);
  };
  const problem = save.error && !isVersionConflict(save.error) ? errorMessage(save.error) : null;

  return (
    <section className="item-section" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">
        Acceptance criteria{' '}
        {criteria.length > 0 && (
          <span className="muted count" data-testid="criteria-progress">
            {doneCount}/{criteria.length}
          </span>
        )}
      </h2>
      {criteria.length === 0 && <p className="muted empty-field">No acceptance criteria yet.</p>}
      <ul className="criteria">
        {criteria.map((criterion, index) => (
          <li
            // Criteria have no id of their own; their position is what the API names them by.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            id={criterionAnchor(index)}
            className={`criterion${criterion.done ? ' is-done' : ''}`}
            data-testid="criterion"
          >
            {editing?.index === index ? (
              <form className="criterion-edit" onSubmit={reword}>
                <label className="visually-hidden" htmlFor={`criterion-${index}`}>
                  Criterion {index + 1}
                </label>
                <input
                  id={`criterion-${index}`}
                  value={editing.text}
                  maxLength={limits.criterionLength}
                  required
                  onChange={(event) => setEditing({ index, text: event.target.value })}
                  onKeyDown={(event) => event.key === 'Escape' && setEditing(null)}
                  // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this criterion
                  autoFocus
                  data-testid="criterion-input"
                />
                <button
                  type="submit"
                  className="button button-primary button-small"
                  disabled={save.isPending}
                >
                  Save
                </button>
                <button type="button" className="button button-small" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <label className="criterion-check">
                  <input
                    type="checkbox"
                    checked={criterion.done}
                    disabled={!canEdit || save.isPending}
                    onChange={() => void saveList(toggleCriterion(criteria, index))}
                    data-testid="criterion-toggle"
                  />
                  <span data-testid="criterion-text">{criterion.text}</span>
                </label>
                <CriterionFinding item={item} index={index} />
                {canEdit && (
                  <span className="criterion-actions">
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      onClick={() => setEditing({ index, text: criterion.text })}
                      aria-label={`Edit criterion ${index + 1}`}
                      data-testid="edit-criterion"
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      onClick={() => void saveList(removeCriterion(criteria, index))}
                      aria-label={`Remove criterion ${index + 1}`}
                      data-testid="remove-criterion"
                    >
                      Remove
                    </button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit && criteria.length < limits.criteriaCount && (
        <form className="criterion-add" onSubmit={add}>
          <label className="visually-hidden" htmlFor="new-criterion">
            New acceptance criterion
          </label>
          <input
            id="new-criterion"
            placeholder="Add a criterion that can be tested"
            value={newText}
            maxLength={limits.criterionLength}
            onChange={(event) => setNewText(event.target.value)}
            data-testid="add-criterion"
          />
          <button type="submit" className="button button-small" disabled={!newText.trim() || save.isPending}>
            Add
          </button>
        </form>
      )}
      <ErrorText message={problem} />
    </section>
  );
}
