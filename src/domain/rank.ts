import { generateKeyBetween } from 'fractional-indexing';

/**
 * Rank keys are fractional-index strings compared byte-wise (COLLATE "C" in SQL): a move
 * computes one new key between its neighbours and never renumbers the rest.
 */

export type MoveTarget = { to: 'top' | 'bottom' } | { before: string } | { after: string };

/** The key for a place between two neighbours; null stands for the end of the list. */
export function rankBetween(above: string | null, below: string | null): string {
  if (above !== null && below !== null && above >= below) {
    throw new Error(`rank ${above} must sort before ${below}`);
  }
  return generateKeyBetween(above, below);
}

/** Keys grow about a character per six inserts into one gap; past this length, respace. */
export const rankRespaceLength = 128;

export function needsRespacing(rank: string): boolean {
  return rank.length > rankRespaceLength;
}

/** Evenly spaced keys for `count` items in order, used when seeding or respacing. */
export function spacedRanks(count: number): string[] {
  const ranks: string[] = [];
  let previous: string | null = null;
  for (let i = 0; i < count; i++) {
    previous = generateKeyBetween(previous, null);
    ranks.push(previous);
  }
  return ranks;
}

/** Byte-wise comparison, the order SQL uses with COLLATE "C". */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
