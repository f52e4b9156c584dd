import { describe, expect, it } from 'vitest';
import { firstSplitDrafts, splitParts } from './split-parts.ts';

describe('splitting an item into parts', () => {
  it('starts from the item’s title and estimate, with an empty second part', () => {
    expect(firstSplitDrafts('Multi-currency invoices', 13)).toEqual([
      { title: 'Multi-currency invoices', estimate: '13' },
      { title: '', estimate: '' },
    ]);
  });

  it('sends the filled parts, trimmed, with blank estimates as none', () => {
    expect(
      splitParts([
        { title: ' Invoices in EUR and USD ', estimate: '5' },
        { title: 'Daily exchange rates', estimate: '' },
        { title: '', estimate: '' },
      ]),
    ).toEqual({
      parts: [
        { title: 'Invoices in EUR and USD', estimate: 5 },
        { title: 'Daily exchange rates', estimate: null },
      ],
    });
  });

  it('says what is missing before anything is sent', () => {
    expect(splitParts([{ title: 'Only one', estimate: '3' }])).toEqual({
      problem: 'Give at least two parts a title.',
    });
    expect(
      splitParts([
        { title: 'One', estimate: '' },
        { title: '', estimate: '3' },
      ]),
    ).toEqual({ problem: 'Part 2 needs a title.' });
    expect(
      splitParts([
        { title: 'One', estimate: '2.5' },
        { title: 'Two', estimate: '' },
      ]),
    ).toEqual({ problem: 'Part 1: the estimate is a whole number of points from 0 to 1000.' });
  });
});
