import type { EventData, ItemEventKind } from '../domain/event-catalogue.ts';
import {
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemSourceLabels,
  itemStatusLabels,
  itemTypeLabels,
} from '../domain/item.ts';
import { outcomeLabels } from '../domain/refinement.ts';
import { fieldLabels } from './field-labels.ts';
import type { HistoryEntry } from './ordo-client.ts';

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

/** "from the top", "from below PAY-7": where a move took the item from. */
function describeOrigin(place: Data): string {
  const after = text(place.after);
  if (!after) return 'from the top';
  return text(place.before) ? `from below ${after}` : 'from the bottom';
}

/** A value short enough to quote in a sentence, in words; null when it is too long to. */
function shortValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return 'none';
  if (field === 'status') return itemStatusLabels[value as ItemStatus] ?? String(value);
  if (field === 'type') return itemTypeLabels[value as ItemType] ?? String(value);
  if (field === 'source') return itemSourceLabels[value as ItemSource] ?? String(value);
  if (field === 'timeboxDays') return `${String(value)} days`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string')) {
    return value.length ? value.join(', ') : 'none';
  }
  if (typeof value === 'string' && value.length <= 60 && !value.includes('\n')) return `“${value}”`;
  return null;
}

/** "1 added, 1 ticked": what an edit did to the acceptance criteria. */
function describeCriteriaChange(before: unknown, after: unknown): string | null {
  if (!Array.isArray(before) || !Array.isArray(after)) return null;
  const criteria = (list: unknown[]) =>
    list
      .map((entry) => asData(entry))
      .map((entry) => ({ text: String(entry.text), done: entry.done === true }));
  const [old, now] = [criteria(before), criteria(after)];
  const counts = { added: 0, removed: 0, ticked: 0, unticked: 0, reworded: 0 };
  for (const [i, criterion] of now.entries()) {
    const was = old[i];
    if (!was) counts.added++;
    else if (was.text !== criterion.text) counts.reworded++;
    else if (was.done !== criterion.done) counts[criterion.done ? 'ticked' : 'unticked']++;
  }
  counts.removed = Math.max(0, old.length - now.length);
  const parts = Object.entries(counts).flatMap(([what, count]) => (count ? [`${count} ${what}`] : []));
  return parts.length ? parts.join(', ') : null;
}

/** "estimate from 3 to 5", "acceptance criteria (1 ticked)", "problem statement". */
function describeFieldChange(field: string, before: Data, after: Data): string {
  const label = fieldLabels[field] ?? field;
  if (field === 'acceptanceCriteria') {
    const change = describeCriteriaChange(before[field], after[field]);
    return change ? `${label} (${change})` : label;
  }
  if (!(field in before)) return label;
  const [from, to] = [shortValue(field, before[field]), shortValue(field, after[field])];
  return from && to ? `${label} from ${from} to ${to}` : label;
}

function describeUpdate(data: Data): string {
  const before = asData(data.before);
  const after = asData(data.after);
  const fields = Object.keys(after);
  if (data.links !== undefined && !fields.includes('links')) fields.push('links');
  if (fields.length === 1 && fields[0] === 'status') {
    const status = itemStatusLabels[after.status as ItemStatus] ?? String(after.status);
    return `set status to ${status}`;
  }
  if (fields.length === 0) return 'saved it without changes';
  return `changed ${fields.map((field) => describeFieldChange(field, before, after)).join('; ')}`;
}

/**
 * Each kind of event in an item's history in words, typed by the event catalogue: a kind added
 * there without words here does not compile.
 */
const describers: { [Kind in ItemEventKind]: (data: EventData<Kind>) => string } = {
  'item.created': (data) => {
    const type = itemTypeLabels[data.after.type];
    return type ? `created it as a ${type.toLowerCase()}` : 'created it';
  },
  'item.updated': (data) => describeUpdate(data),
  'item.moved': (data) => {
    const origin = data.from === undefined ? '' : ` (${describeOrigin(data.from)})`;
    return `moved it ${describePlace(data.to)}${origin}${data.reason ? ` — reason: ${data.reason}` : ''}`;
  },
  'item.archived': (data) => {
    const reason = archiveReasonWords[data.reason];
    return reason ? `archived it as ${reason}` : 'archived it';
  },
  'item.restored': () => 'restored it to the backlog',
  'comment.added': () => 'commented',
  'item.watched': () => 'started watching',
  'item.unwatched': () => 'stopped watching',
  'item.split': (data) => (data.into.length ? `split it into ${data.into.join(', ')}` : 'split it'),
  'refinement.noted': (data) =>
    data.outcome
      ? `refined it (outcome: ${outcomeLabels[data.outcome] ?? data.outcome})`
      : 'added refinement notes',
  'poker.started': () => 'started a planning poker round on it',
  'poker.agreed': (data) => `agreed an estimate of ${String(data.estimate)} in planning poker`,
  'request.accepted': (data) => `accepted ${text(data.request) ?? 'a request'} into the backlog as this item`,
  'request.merged': (data) => {
    const from = text(data.requester);
    return `merged ${text(data.request) ?? 'a request'}${from ? ` from ${from}` : ''} into it`;
  },
  'sprint.committed': (data) => `committed it to ${text(data.sprint) ?? 'a sprint'}`,
  'sprint.removed': (data) =>
    `took it out of ${text(data.sprint) ?? 'a sprint'}, back to the product backlog`,
  'sprint.card_moved': (data) => {
    const status = itemStatusLabels[data.status];
    return status ? `moved its card to ${status} on the sprint board` : 'moved its card on the sprint board';
  },
  'item.release_changed': ({ before, after }) => {
    if (before && after) return `moved it from release ${before} to ${after}`;
    return after ? `planned it into release ${after}` : `took it out of release ${before ?? ''}`.trim();
  },
};

function describeAction(entry: Pick<HistoryEntry, 'kind' | 'data'>): string {
  const describe = describers[entry.kind as ItemEventKind] as ((data: unknown) => string) | undefined;
  // History written by an older Ordo may lack a field: said plainly rather than not at all.
  try {
    if (describe) return describe(asData(entry.data));
  } catch {}
  // A kind this page does not know: said plainly, not as its code.
  return `changed it (${entry.kind.replace(/[._]/g, ' ')})`;
}

/** One history entry as a sentence: "Olivia moved it above PAY-3 — reason: …". */
export function describeHistoryEntry(entry: Pick<HistoryEntry, 'kind' | 'data' | 'actor'>): string {
  return `${entry.actor ?? 'Ordo'} ${describeAction(entry)}`;
}
