import type { ItemStatus } from '../../domain/item.ts';
import type { CardMove } from './sprints-api.ts';

/** The board's columns, left to right: each is a status. */
export const boardColumns: readonly { status: ItemStatus; label: string }[] = [
  { status: 'open', label: 'To do' },
  { status: 'in_progress', label: 'In progress' },
  { status: 'done', label: 'Done' },
  { status: 'on_hold', label: 'On hold' },
];

/** The keys of the cards in each column, top first. */
export type Columns = Record<ItemStatus, string[]>;

/** A column's own drop target id, apart from any card's key. */
export const columnId = (status: ItemStatus) => `column:${status}`;

const statusOfColumnId = (id: string): ItemStatus | null => {
  const status = id.startsWith('column:') ? id.slice('column:'.length) : null;
  return boardColumns.some((column) => column.status === status) ? (status as ItemStatus) : null;
};

/** The board's cards (in the sprint's order) sorted into their columns. */
export function columnsOf(cards: readonly { key: string; status: string }[]): Columns {
  const columns: Columns = { open: [], in_progress: [], done: [], on_hold: [] };
  for (const card of cards) (columns[card.status as ItemStatus] ?? columns.open).push(card.key);
  return columns;
}

/** The column a card is in, or the column a column id names. */
export function columnOf(columns: Columns, id: string): ItemStatus | null {
  const named = statusOfColumnId(id);
  if (named) return named;
  return boardColumns.find((column) => columns[column.status].includes(id))?.status ?? null;
}

/**
 * The columns after a card is dragged over `overId` (a card or a column). Over a card of its own
 * column it takes that card's place; over a card of another column it goes above it, or below
 * when `isBelowOver`; over a column it goes to the column's end. A new object; the input is kept.
 */
export function dragCard(columns: Columns, activeKey: string, overId: string, isBelowOver = false): Columns {
  const from = columnOf(columns, activeKey);
  const to = columnOf(columns, overId);
  if (!from || !to || overId === activeKey) return columns;
  const source = columns[from].filter((key) => key !== activeKey);
  const target = from === to ? source : [...columns[to]];
  let index: number;
  if (statusOfColumnId(overId)) index = target.length;
  else if (from === to) index = columns[to].indexOf(overId);
  else index = target.indexOf(overId) + (isBelowOver ? 1 : 0);
  if (index < 0) return columns;
  target.splice(index, 0, activeKey);
  return { ...columns, [from]: source, [to]: target };
}

/**
 * What to tell the server after a drop: the card's column (its status) and its place, right after
 * the card above it in that column (or before the one below, when it is the column's first).
 * Null when nothing changed.
 */
export function cardMoveFor(
  before: Columns,
  after: Columns,
  key: string,
): Omit<CardMove, 'holdReason'> | null {
  const status = columnOf(after, key);
  if (!status) return null;
  const column = after[status];
  const isSame =
    columnOf(before, key) === status &&
    before[status].length === column.length &&
    before[status].every((other, index) => other === column[index]);
  if (isSame) return null;
  const index = column.indexOf(key);
  const above = column[index - 1];
  const below = column[index + 1];
  return {
    itemKey: key,
    status,
    ...(above ? { after: above } : below ? { before: below } : {}),
  };
}

/**
 * The board's cards (in the sprint's one order) after a move, as the server will have them: the
 * card takes its new status and goes right after `after`, before `before`, or stays in place.
 */
export function applyCardMove<T extends { key: string; status: string; holdReason: string | null }>(
  cards: readonly T[],
  move: CardMove,
): T[] {
  const moving = cards.find((card) => card.key === move.itemKey);
  if (!moving) return [...cards];
  const moved: T = {
    ...moving,
    status: move.status,
    holdReason: move.status === 'on_hold' ? (move.holdReason ?? moving.holdReason) : null,
  };
  const anchor = move.after ?? move.before;
  if (!anchor) return cards.map((card) => (card.key === move.itemKey ? moved : card));
  const others = cards.filter((card) => card.key !== move.itemKey);
  const at = others.findIndex((card) => card.key === anchor);
  if (at < 0) return cards.map((card) => (card.key === move.itemKey ? moved : card));
  others.splice(move.after ? at + 1 : at, 0, moved);
  return others;
}
