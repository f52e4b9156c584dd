import { limits } from '../../../domain/item.ts';
import type { SplitPart } from '../refinement-api.ts';

/** A part of a split as typed: its title and estimate (blank for none). */
export interface SplitDraft {
  title: string;
  estimate: string;
}

export const maxParts = 10;

/** Where a split starts: the item's own title as the first part, and an empty second one. */
export const firstSplitDrafts = (title: string, estimate: number | null): SplitDraft[] => [
  { title, estimate: estimate === null ? '' : String(estimate) },
  { title: '', estimate: '' },
];

/** The parts to send, or why they cannot be sent yet. */
export function splitParts(drafts: readonly SplitDraft[]): { parts: SplitPart[] } | { problem: string } {
  const filled = drafts.filter((draft) => draft.title.trim() || draft.estimate.trim());
  if (filled.length < 2) return { problem: 'Give at least two parts a title.' };
  if (filled.length > maxParts) return { problem: `Split into at most ${maxParts} parts.` };
  const parts: SplitPart[] = [];
  for (const [index, draft] of filled.entries()) {
    if (!draft.title.trim()) return { problem: `Part ${index + 1} needs a title.` };
    const estimate = draft.estimate.trim() === '' ? null : Number(draft.estimate);
    if (estimate !== null && (!Number.isInteger(estimate) || estimate < 0 || estimate > limits.estimateMax))
      return {
        problem: `Part ${index + 1}: the estimate is a whole number of points from 0 to ${limits.estimateMax}.`,
      };
    parts.push({ title: draft.title.trim(), estimate });
  }
  return { parts };
}
