import { describe, expect, it } from 'vitest';
import { itemKey, linksOnce, normaliseTags, parseItemKey } from './item.ts';
import { itemFieldProblems } from './item-rules.ts';

describe('item keys', () => {
  it('round-trips a key', () => {
    expect(parseItemKey(itemKey('PAY', 142))).toEqual({ productKey: 'PAY', number: 142 });
    expect(parseItemKey('pay-7')).toEqual({ productKey: 'PAY', number: 7 });
  });

  it('refuses what is not a key', () => {
    for (const bad of ['PAY', 'PAY-', '-1', 'P-1', 'PAY-x', 'PAY 1']) expect(parseItemKey(bad)).toBeNull();
  });
});

describe('normaliseTags', () => {
  it('lower-cases, trims, joins words and drops duplicates and blanks', () => {
    expect(normaliseTags([' Checkout ', 'checkout', 'Dark Mode', '', '  '])).toEqual([
      'checkout',
      'dark-mode',
    ]);
  });
});

describe('itemFieldProblems', () => {
  const base = {
    type: 'story',
    status: 'open',
    holdReason: null,
    timeboxDays: null,
    deadline: null,
  } as const;

  it('accepts a plain item', () => {
    expect(itemFieldProblems(base)).toEqual([]);
  });

  it('asks a reason of an item on hold', () => {
    expect(itemFieldProblems({ ...base, status: 'on_hold' })).toEqual([
      { field: 'holdReason', message: 'an item on hold needs a reason' },
    ]);
    expect(itemFieldProblems({ ...base, status: 'on_hold', holdReason: '  ' })).toHaveLength(1);
    expect(itemFieldProblems({ ...base, status: 'on_hold', holdReason: 'Waiting on legal' })).toEqual([]);
  });

  it('gives a timebox to spikes only and a deadline to compliance items only', () => {
    expect(itemFieldProblems({ ...base, type: 'spike', timeboxDays: 3 })).toEqual([]);
    expect(itemFieldProblems({ ...base, timeboxDays: 3 })[0]?.field).toBe('timeboxDays');
    expect(itemFieldProblems({ ...base, type: 'compliance', deadline: '2027-01-31' })).toEqual([]);
    expect(itemFieldProblems({ ...base, deadline: '2027-01-31' })[0]?.field).toBe('deadline');
  });
});

describe('linksOnce', () => {
  const link = (kind: string, key: string, direction: 'outgoing' | 'incoming') => ({ kind, key, direction });
  it('shows a symmetric link recorded both ways once, and keeps directed links both ways', () => {
    expect(
      linksOnce([
        link('relates_to', 'PAY-2', 'outgoing'),
        link('relates_to', 'PAY-2', 'incoming'),
        link('relates_to', 'PAY-3', 'incoming'),
        link('blocks', 'PAY-4', 'outgoing'),
        link('blocks', 'PAY-4', 'incoming'),
      ]),
    ).toEqual([
      link('relates_to', 'PAY-2', 'outgoing'),
      link('relates_to', 'PAY-3', 'incoming'),
      link('blocks', 'PAY-4', 'outgoing'),
      link('blocks', 'PAY-4', 'incoming'),
    ]);
  });
});
