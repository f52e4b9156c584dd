import { describe, expect, it } from 'vitest';
import { proposeOrder } from '../../domain/scoring.ts';
import { previewCounts, previewRows, selectedInOrder, shiftText, shiftWords } from './score-order-rows.ts';

const entries = proposeOrder([
  { key: 'PAY-1', score: null },
  { key: 'PAY-2', score: 2 },
  { key: 'PAY-3', score: null },
  { key: 'PAY-4', score: 9 },
]).map((place) => ({ ...place, title: `Title of ${place.key}` }));

describe('the order-by-score preview', () => {
  it('lists the items in the proposed order with positions counted from 1', () => {
    const rows = previewRows(entries);
    expect(rows.map((row) => [row.key, row.from, row.to, row.shift])).toEqual([
      ['PAY-4', 4, 1, 3],
      ['PAY-2', 2, 2, 0],
      ['PAY-1', 1, 3, -2],
      ['PAY-3', 3, 4, -1],
    ]);
  });

  it('marks the fewest items that must move', () => {
    const rows = previewRows(entries);
    expect(rows.filter((row) => row.moves).map((row) => row.key)).toEqual(['PAY-4', 'PAY-2']);
    expect(previewCounts(rows)).toEqual({ scored: 2, unscored: 2, changing: 3, moves: 2 });
  });

  it('shows each shift as an arrow, and in words for screen readers', () => {
    expect(shiftText(3)).toBe('↑ 3');
    expect(shiftText(-12)).toBe('↓ 12');
    expect(shiftText(0)).toBe('–');
    expect(shiftWords({ from: 4, to: 1, shift: 3 })).toBe('from 4 to 1, up 3 places');
    expect(shiftWords({ from: 3, to: 4, shift: -1 })).toBe('from 3 to 4, down 1 place');
    expect(shiftWords({ from: 2, to: 2, shift: 0 })).toBe('stays at 2');
  });

  it('sends the selected keys in the proposed order', () => {
    expect(selectedInOrder(previewRows(entries), new Set(['PAY-3', 'PAY-4']))).toEqual(['PAY-4', 'PAY-3']);
  });
});
