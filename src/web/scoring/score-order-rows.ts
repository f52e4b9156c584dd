import type { ScoreOrderEntry } from '../refinement/refinement-api.ts';

/** One row of the "order by score" preview: where an item is, where the score would put it. */
export interface PreviewRow {
  key: string;
  title: string;
  score: number | null;
  /** Positions counted from 1, as people count them. */
  from: number;
  to: number;
  /** Whether applying the whole proposal moves this item (the fewest moves that give the order). */
  moves: boolean;
  /** Places it would climb (positive) or drop (negative). */
  shift: number;
}

/** The preview in the proposed order. */
export function previewRows(entries: readonly ScoreOrderEntry[]): PreviewRow[] {
  return [...entries]
    .sort((a, b) => a.to - b.to)
    .map((entry) => ({
      key: entry.key,
      title: entry.title,
      score: entry.score,
      from: entry.from + 1,
      to: entry.to + 1,
      moves: entry.moves,
      shift: entry.from - entry.to,
    }));
}

/** "↑ 3", "↓ 12", or "–" for an item that keeps its place. */
export function shiftText(shift: number): string {
  if (shift > 0) return `↑ ${shift}`;
  if (shift < 0) return `↓ ${-shift}`;
  return '–';
}

/** The same, for a screen reader. */
export function shiftWords(row: Pick<PreviewRow, 'from' | 'to' | 'shift'>): string {
  if (row.shift === 0) return `stays at ${row.from}`;
  const places = Math.abs(row.shift);
  return `from ${row.from} to ${row.to}, ${row.shift > 0 ? 'up' : 'down'} ${places} place${places === 1 ? '' : 's'}`;
}

export interface PreviewCounts {
  scored: number;
  unscored: number;
  /** Items whose position would change. */
  changing: number;
  /** Moves "apply all" records (an item can be moved and land at the same position). */
  moves: number;
}

export function previewCounts(rows: readonly PreviewRow[]): PreviewCounts {
  const scored = rows.filter((row) => row.score !== null).length;
  return {
    scored,
    unscored: rows.length - scored,
    changing: rows.filter((row) => row.shift !== 0).length,
    moves: rows.filter((row) => row.moves).length,
  };
}

/** The selected keys in the proposed order (the order the server applies them in). */
export const selectedInOrder = (rows: readonly PreviewRow[], selected: ReadonlySet<string>) =>
  rows.filter((row) => selected.has(row.key)).map((row) => row.key);
