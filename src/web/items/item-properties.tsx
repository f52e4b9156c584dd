import type { ItemDetail } from '../../client/ordo-client.ts';
import {
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemSourceLabels,
  itemSources,
  itemStatuses,
  itemStatusLabels,
  limits,
} from '../../domain/item.ts';
import { ItemTypeSelect } from '../ui/item-type-select.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { TagList } from '../ui/tag-list.tsx';
import { TypeBadge } from '../ui/type-badge.tsx';
import { EditableField } from './editable-field.tsx';
import { parseTags } from './parse-tags.ts';
import { dropNote, fieldsTheTypeDrops } from './type-change.ts';

interface ItemPropertiesProps {
  item: ItemDetail;
  canEdit: boolean;
}

const none = <span className="muted">None</span>;

/** Numbers typed into a field: blank is "no value". */
const wholeNumberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Type, status, estimate, timebox, deadline, tags and source, each edited in place. */
export function ItemProperties({ item, canEdit }: ItemPropertiesProps) {
  const common = { item, canEdit, className: 'property' };
  return (
    <div className="item-properties">
      <EditableField
        {...common}
        label="Status"
        testId="item-status"
        display={
          <>
            <StatusLabel status={item.status} />
            {item.status === 'on_hold' && item.holdReason && (
              <p className="hold-reason" data-testid="hold-reason">
                {item.holdReason}
              </p>
            )}
          </>
        }
        draftOf={(current) => ({
          status: current.status as ItemStatus,
          holdReason: current.holdReason ?? '',
        })}
        toChanges={(draft) => ({
          status: draft.status,
          ...(draft.status === 'on_hold' && { holdReason: draft.holdReason }),
        })}
        editor={(draft, setDraft, id) => (
          <>
            <select
              id={id}
              value={draft.status}
              onChange={(event) => setDraft({ ...draft, status: event.target.value as ItemStatus })}
              data-testid="status-input"
            >
              {itemStatuses.map((status) => (
                <option key={status} value={status}>
                  {itemStatusLabels[status]}
                </option>
              ))}
            </select>
            {draft.status === 'on_hold' && (
              <label className="field">
                <span>Why is it on hold?</span>
                <textarea
                  rows={2}
                  value={draft.holdReason}
                  required={limits.holdReasonRequired}
                  maxLength={limits.holdReasonLength}
                  onChange={(event) => setDraft({ ...draft, holdReason: event.target.value })}
                  data-testid="hold-reason-input"
                />
              </label>
            )}
          </>
        )}
      />
      <EditableField
        {...common}
        label="Type"
        testId="item-type"
        display={<TypeBadge type={item.type} />}
        draftOf={(current) => current.type as ItemType}
        toChanges={(type) => ({ type, ...fieldsTheTypeDrops(item, type) })}
        editor={(draft, setDraft, id) => {
          const note = dropNote(item, draft);
          return (
            <>
              <ItemTypeSelect id={id} value={draft} onChange={setDraft} />
              {note && (
                <p className="muted" data-testid="type-drops">
                  {note}
                </p>
              )}
            </>
          );
        }}
      />
      <EditableField
        {...common}
        label="Estimate"
        testId="item-estimate"
        display={item.estimate === null ? none : <span>{item.estimate} points</span>}
        draftOf={(current) => (current.estimate === null ? '' : String(current.estimate))}
        toChanges={(text) => ({ estimate: wholeNumberOrNull(text) })}
        editor={(draft, setDraft, id) => (
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={limits.estimateMax}
            step={1}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="estimate-input"
          />
        )}
      />
      {(item.type === 'spike' || item.timeboxDays !== null) && (
        <EditableField
          {...common}
          label="Timebox"
          testId="item-timebox"
          display={item.timeboxDays === null ? none : <span>{item.timeboxDays} days</span>}
          draftOf={(current) => (current.timeboxDays === null ? '' : String(current.timeboxDays))}
          toChanges={(text) => ({ timeboxDays: wholeNumberOrNull(text) })}
          editor={(draft, setDraft, id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={limits.timeboxDaysMax}
              step={1}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
        />
      )}
      {(item.type === 'compliance' || item.deadline !== null) && (
        <EditableField
          {...common}
          label="Deadline"
          testId="item-deadline"
          display={item.deadline === null ? none : <time dateTime={item.deadline}>{item.deadline}</time>}
          draftOf={(current) => current.deadline ?? ''}
          toChanges={(text) => ({ deadline: text || null })}
          editor={(draft, setDraft, id) => (
            <input id={id} type="date" value={draft} onChange={(event) => setDraft(event.target.value)} />
          )}
        />
      )}
      <EditableField
        {...common}
        label="Tags"
        testId="item-tags"
        display={item.tags.length ? <TagList tags={item.tags} /> : none}
        draftOf={(current) => current.tags.join(', ')}
        toChanges={(text) => ({ tags: parseTags(text) })}
        editor={(draft, setDraft, id) => (
          <>
            <input
              id={id}
              value={draft}
              maxLength={limits.tagCount * (limits.tagLength + 2)}
              onChange={(event) => setDraft(event.target.value)}
              aria-describedby={`${id}-hint`}
              data-testid="tags-input"
            />
            <small id={`${id}-hint`} className="muted">
              Separate tags with commas (at most {limits.tagCount}).
            </small>
          </>
        )}
      />
      <EditableField
        {...common}
        label="Source"
        testId="item-source"
        display={<span>{itemSourceLabels[item.source as ItemSource] ?? item.source}</span>}
        draftOf={(current) => current.source as ItemSource}
        toChanges={(source) => ({ source })}
        editor={(draft, setDraft, id) => (
          <select id={id} value={draft} onChange={(event) => setDraft(event.target.value as ItemSource)}>
            {itemSources.map((source) => (
              <option key={source} value={source}>
                {itemSourceLabels[source]}
              </option>
            ))}
          </select>
        )}
      />
    </div>
  );
}
