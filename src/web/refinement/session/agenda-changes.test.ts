import { describe, expect, it } from 'vitest';
import { addAgendaItem, removeAgendaItem, shiftAgendaItem, withSplitParts } from './agenda-changes.ts';

describe('changing the agenda before the session starts', () => {
  const agenda = ['PAY-24', 'PAY-26', 'PAY-28'];

  it('moves an item one place up or down, and leaves the ends alone', () => {
    expect(shiftAgendaItem(agenda, 1, -1)).toEqual(['PAY-26', 'PAY-24', 'PAY-28']);
    expect(shiftAgendaItem(agenda, 1, 1)).toEqual(['PAY-24', 'PAY-28', 'PAY-26']);
    expect(shiftAgendaItem(agenda, 0, -1)).toEqual(agenda);
    expect(shiftAgendaItem(agenda, 2, 1)).toEqual(agenda);
  });

  it('removes an item', () => {
    expect(removeAgendaItem(agenda, 'PAY-26')).toEqual(['PAY-24', 'PAY-28']);
  });

  it('adds a key however it is typed, at the end', () => {
    expect(addAgendaItem(agenda, ' pay-40 ', 'PAY')).toEqual({ keys: [...agenda, 'PAY-40'] });
    expect(addAgendaItem(agenda, '41', 'PAY')).toEqual({ keys: [...agenda, 'PAY-41'] });
  });

  it('says why a key cannot be added', () => {
    expect(addAgendaItem(agenda, 'pay-24', 'PAY')).toEqual({ problem: 'PAY-24 is already on the agenda' });
    expect(addAgendaItem(agenda, 'dark mode', 'PAY')).toEqual({
      problem: '“dark mode” is not an item key like PAY-12',
    });
    const full = Array.from({ length: 50 }, (_, i) => `PAY-${i + 1}`);
    expect(addAgendaItem(full, 'PAY-99', 'PAY')).toEqual({ problem: 'The agenda holds at most 50 items' });
  });

  it('puts the parts of a split item right after it', () => {
    expect(withSplitParts(agenda, 'PAY-26', ['PAY-50', 'PAY-51'])).toEqual([
      'PAY-24',
      'PAY-26',
      'PAY-50',
      'PAY-51',
      'PAY-28',
    ]);
    expect(withSplitParts(agenda, 'PAY-26', ['PAY-28', 'PAY-52'])).toEqual([
      'PAY-24',
      'PAY-26',
      'PAY-52',
      'PAY-28',
    ]);
  });
});
