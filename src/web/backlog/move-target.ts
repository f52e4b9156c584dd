import type { MoveTarget } from '../../domain/rank.ts';

/**
 * Where to tell the server an item went, given the list's order after the drop: right after the
 * row now above it; when it lands first, to the top of the backlog, or, in a filtered list (whose
 * first row may have hidden items above it), right before the row now below it.
 */
export function moveTargetFor(
  orderAfterDrop: readonly string[],
  movedKey: string,
  isWholeBacklog = true,
): MoveTarget {
  const index = orderAfterDrop.indexOf(movedKey);
  if (index < 0) throw new Error(`${movedKey} is not in the list`);
  const above = orderAfterDrop[index - 1];
  if (above !== undefined) return { after: above };
  const below = orderAfterDrop[index + 1];
  return isWholeBacklog || below === undefined ? { to: 'top' } : { before: below };
}

/** The list with the item at `from` taken out and put back at `to` (a new array). */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  const [moved] = result.splice(from, 1);
  if (moved === undefined) return result;
  result.splice(Math.max(0, Math.min(to, result.length)), 0, moved);
  return result;
}

/**
 * Moves an item across pages loaded one after another (a "load more" list), keeping each page
 * its size, so an optimistic move needs no refetch to look right.
 */
export function moveAcrossPages<T>(pages: readonly (readonly T[])[], from: number, to: number): T[][] {
  const moved = moveInList(pages.flat() as T[], from, to);
  let start = 0;
  return pages.map((page) => {
    const slice = moved.slice(start, start + page.length);
    start += page.length;
    return slice;
  });
}
