import type { HistoryEntry } from '../../client/ordo-client.ts';
import { type ItemStatus, type ItemType, itemStatusLabels, itemTypeLabels } from '../../domain/item.ts';
import type { RefinementOutcome } from '../../domain/refinement.ts';
import { outcomeLabels } from '../refinement/session/session-summary-text.ts';
import { fieldLabels } from './field-labels.ts';

type Data = Record<string, unknown>;

const asData = (value: unknown): Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

const archiveReasonWords: Record<string, string> = {
  stale: 'stale',
  obsolete: 'obsolete',
  duplicate: 'a duplicate',
  wont_do: 'won’t do',
  delivered_elsewhere: 'delivered elsewhere',
};

/** "to the top", "above PAY-3", "to the bottom": where a move put the item. */
function describePlace(place: Data): string {
  const after = text(place.after);
  const before = text(place.before);
  if (!after) return 'to the top';
  if (before) return `above ${before}`;
  return `to the bottom, below ${after}`;
}

function describeUpdate(data: Data): string {
  const after = asData(data.after);
  const fields = Object.keys(after);
  if (data.links !== undefined && !fields.includes('links')) fields.push('links');
  if (fields.length === 1 && fields[0] === 'status') {
    const status = itemStatusLabels[after.status as ItemStatus] ?? String(after.status);
    return `set status to ${status}`;
  }
  if (fields.length === 0) return 'saved it without changes';
  return `changed ${fields.map((field) => fieldLabels[field] ?? field).join(', ')}`;
}

function describeAction(entry: Pick<HistoryEntry, 'kind' | 'data'>): string {
  const data = asData(entry.data);
  switch (entry.kind) {
    case 'item.created': {
      const type = itemTypeLabels[asData(data.after).type as ItemType];
      return type ? `created it as a ${type.toLowerCase()}` : 'created it';
    }
    case 'item.updated':
      return describeUpdate(data);
    case 'item.moved': {
      const reason = text(data.reason);
      return `moved it ${describePlace(asData(data.to))}${reason ? ` — reason: ${reason}` : ''}`;
    }
    case 'item.archived': {
      const reason = archiveReasonWords[String(data.reason)];
      return reason ? `archived it as ${reason}` : 'archived it';
    }
    case 'item.restored':
      return 'restored it to the backlog';
    case 'comment.added':
      return 'commented';
    case 'item.watched':
      return 'started watching';
    case 'item.unwatched':
      return 'stopped watching';
    case 'item.split': {
      const into = Array.isArray(data.into) ? data.into.filter((key) => typeof key === 'string') : [];
      return into.length ? `split it into ${into.join(', ')}` : 'split it';
    }
    case 'refinement.noted':
      return typeof data.outcome === 'string'
        ? `refined it (outcome: ${outcomeLabels[data.outcome as RefinementOutcome] ?? data.outcome})`
        : 'added refinement notes';
    case 'poker.started':
      return 'started a planning poker round on it';
    case 'poker.agreed':
      return `agreed an estimate of ${String(data.estimate)} in planning poker`;
    case 'request.accepted':
      return `accepted ${text(data.request) ?? 'a request'} into the backlog as this item`;
    case 'request.merged': {
      const from = text(data.requester);
      return `merged ${text(data.request) ?? 'a request'}${from ? ` from ${from}` : ''} into it`;
    }
    case 'sprint.committed':
      return `committed it to ${text(data.sprint) ?? 'a sprint'}`;
    case 'sprint.removed':
      return `took it out of ${text(data.sprint) ?? 'a sprint'}, back to the product backlog`;
    case 'sprint.card_moved': {
      const status = itemStatusLabels[data.status as ItemStatus];
      return status
        ? `moved its card to ${status} on the sprint board`
        : 'moved its card on the sprint board';
    }
    case 'item.release_changed': {
      const before = text(data.before);
      const after = text(data.after);
      if (before && after) return `moved it from release ${before} to ${after}`;
      return after ? `planned it into release ${after}` : `took it out of release ${before ?? ''}`.trim();
    }
    default:
      // A kind this page does not know yet: said plainly, not as its code.
      return `changed it (${entry.kind.replace(/[._]/g, ' ')})`;
  }
}

/** One history entry as a sentence: "Olivia moved it above PAY-3 — reason: …". */
export function describeHistoryEntry(entry: Pick<HistoryEntry, 'kind' | 'data' | 'actor'>): string {
  return `${entry.actor ?? 'Ordo'} ${describeAction(entry)}`;
}
