import { describe, expect, it } from 'vitest';
import {
  applyCardMove,
  type Columns,
  cardMoveFor,
  columnId,
  columnOf,
  columnsOf,
  dragCard,
} from './board-moves.ts';

const board: Columns = {
  open: ['P-1', 'P-2', 'P-3'],
  in_progress: ['P-4'],
  done: [],
  on_hold: ['P-5'],
};

describe('columnsOf', () => {
  it('sorts cards into their status column, keeping the sprint order', () => {
    expect(
      columnsOf([
        { key: 'P-1', status: 'in_progress' },
        { key: 'P-2', status: 'open' },
        { key: 'P-3', status: 'in_progress' },
        { key: 'P-4', status: 'done' },
      ]),
    ).toEqual({ open: ['P-2'], in_progress: ['P-1', 'P-3'], done: ['P-4'], on_hold: [] });
  });
});

describe('columnOf', () => {
  it('finds a card’s column and reads a column’s own id', () => {
    expect(columnOf(board, 'P-4')).toBe('in_progress');
    expect(columnOf(board, columnId('done'))).toBe('done');
    expect(columnOf(board, 'P-99')).toBeNull();
    expect(columnOf(board, 'column:nowhere')).toBeNull();
  });
});

describe('dragCard', () => {
  it('reorders within a column, taking the place of the card it is over', () => {
    expect(dragCard(board, 'P-1', 'P-3').open).toEqual(['P-2', 'P-3', 'P-1']);
    expect(dragCard(board, 'P-3', 'P-1').open).toEqual(['P-3', 'P-1', 'P-2']);
  });

  it('moves into another column above or below the card it is over', () => {
    const above = dragCard(board, 'P-2', 'P-4');
    expect(above.open).toEqual(['P-1', 'P-3']);
    expect(above.in_progress).toEqual(['P-2', 'P-4']);
    expect(dragCard(board, 'P-2', 'P-4', true).in_progress).toEqual(['P-4', 'P-2']);
  });

  it('moves to the end of a column dropped on, even an empty one', () => {
    expect(dragCard(board, 'P-1', columnId('done')).done).toEqual(['P-1']);
    expect(dragCard(board, 'P-1', columnId('open')).open).toEqual(['P-2', 'P-3', 'P-1']);
  });

  it('leaves the board as it is over itself or nowhere known', () => {
    expect(dragCard(board, 'P-1', 'P-1')).toBe(board);
    expect(dragCard(board, 'P-1', 'P-99')).toBe(board);
    expect(board.open).toEqual(['P-1', 'P-2', 'P-3']);
  });
});

describe('cardMoveFor', () => {
  it('places a card after the one above it in its new column', () => {
    const after = dragCard(board, 'P-2', 'P-4', true);
    expect(cardMoveFor(board, after, 'P-2')).toEqual({ itemKey: 'P-2', status: 'in_progress', after: 'P-4' });
  });

  it('places a column’s new first card before the one below it', () => {
    const after = dragCard(board, 'P-3', 'P-1');
    expect(cardMoveFor(board, after, 'P-3')).toEqual({ itemKey: 'P-3', status: 'open', before: 'P-1' });
  });

  it('gives only the status for a card alone in its column', () => {
    const after = dragCard(board, 'P-1', columnId('done'));
    expect(cardMoveFor(board, after, 'P-1')).toEqual({ itemKey: 'P-1', status: 'done' });
  });

  it('says nothing changed when the card is back where it was', () => {
    expect(cardMoveFor(board, board, 'P-2')).toBeNull();
    expect(cardMoveFor(board, dragCard(board, 'P-1', 'P-1'), 'P-1')).toBeNull();
  });
});

describe('applyCardMove', () => {
  const cards = [
    { key: 'P-1', status: 'open', holdReason: null },
    { key: 'P-2', status: 'in_progress', holdReason: null },
    { key: 'P-3', status: 'open', holdReason: null },
  ];

  it('gives the card its new status and puts it after or before its anchor', () => {
    const after = applyCardMove(cards, { itemKey: 'P-3', status: 'in_progress', after: 'P-2' });
    expect(after.map((card) => `${card.key}:${card.status}`)).toEqual([
      'P-1:open',
      'P-2:in_progress',
      'P-3:in_progress',
    ]);
    const before = applyCardMove(cards, { itemKey: 'P-3', status: 'open', before: 'P-1' });
    expect(before.map((card) => card.key)).toEqual(['P-3', 'P-1', 'P-2']);
  });

  it('keeps the place without an anchor, and the hold reason only on hold', () => {
    const held = applyCardMove(cards, { itemKey: 'P-1', status: 'on_hold', holdReason: 'Waiting for legal' });
    expect(held[0]).toEqual({ key: 'P-1', status: 'on_hold', holdReason: 'Waiting for legal' });
    const back = applyCardMove(held, { itemKey: 'P-1', status: 'open' });
    expect(back[0]?.holdReason).toBeNull();
  });
});
