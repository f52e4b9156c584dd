import type { ArchiveReason } from '../../app/items/archive-item.ts';
import { type ItemStatus, itemStatusLabels, limits } from '../../domain/item.ts';
import { parseTags } from '../items/parse-tags.ts';
import type { BulkChange } from './custodian-api.ts';
import { counted } from './signal-words.ts';

/** What a person chose in the bulk bar (or on one row), before it becomes the API's change. */
export type BulkDraft =
  | { action: 'tag' | 'untag'; tag: string }
  | { action: 'status'; status: ItemStatus; holdReason: string }
  | { action: 'archive'; reason: ArchiveReason }
  | { action: 'move'; to: 'top' | 'bottom' }
  | { action: 'refine' };

export type BulkAction = BulkDraft['action'];

/** The most keys one bulk request takes (the server's limit). */
export const bulkKeysMax = 500;

/**
 * The API's change for a draft, or what stops it, in words: a tag is one tag (normalised the way
 * the server stores it), and an item put on hold says why.
 */
export function bulkChange(draft: BulkDraft): { change: BulkChange } | { problem: string } {
  switch (draft.action) {
    case 'tag':
    case 'untag': {
      const tags = parseTags(draft.tag);
      if (tags.length === 0) return { problem: 'Name a tag' };
      if (tags.length > 1) return { problem: 'One tag at a time' };
      const [tag = ''] = tags;
      if (tag.length > limits.tagLength)
        return { problem: `A tag has at most ${limits.tagLength} characters` };
      return { change: { action: draft.action, tag } };
    }
    case 'status': {
      if (draft.status !== 'on_hold') return { change: { action: 'status', status: draft.status } };
      const holdReason = draft.holdReason.trim();
      if (!holdReason) return { problem: 'Say why it is on hold' };
      if (holdReason.length > limits.holdReasonLength)
        return { problem: `A reason has at most ${limits.holdReasonLength} characters` };
      return { change: { action: 'status', status: 'on_hold', holdReason } };
    }
    case 'archive':
      return { change: { action: 'archive', reason: draft.reason } };
    case 'move':
      return { change: { action: 'move', to: draft.to } };
    case 'refine':
      return { change: { action: 'refine' } };
  }
}

/** The keys of a bulk request: each once, in the order they were picked. */
export function bulkKeys(selected: Iterable<string>): string[] {
  return [...new Set(selected)].slice(0, bulkKeysMax);
}

export const archiveReasonWords: Record<ArchiveReason, string> = {
  stale: 'stale',
  obsolete: 'obsolete',
  duplicate: 'duplicate',
  wont_do: 'won’t do',
  delivered_elsewhere: 'delivered elsewhere',
};

/** What a bulk change did, for the toast: "Tagged 3 items “billing”". */
export function bulkDoneMessage(change: BulkChange, keys: readonly string[]): string {
  const items = keys.length === 1 ? (keys[0] ?? '1 item') : counted(keys.length, 'item');
  switch (change.action) {
    case 'tag':
      return `Tagged ${items} “${change.tag}”`;
    case 'untag':
      return `Took the tag “${change.tag}” off ${items}`;
    case 'status':
      return `Set ${items} to ${itemStatusLabels[change.status].toLowerCase()}`;
    case 'archive':
      return `Archived ${items} (${archiveReasonWords[change.reason]})`;
    case 'move':
      return `Moved ${items} to the ${change.to} of the backlog`;
    case 'refine':
      return `Added ${items} to the next refinement session`;
  }
}
