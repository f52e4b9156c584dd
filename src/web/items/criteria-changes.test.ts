import { describe, expect, it } from 'vitest';
import { addCriterion, removeCriterion, rewordCriterion, toggleCriterion } from './criteria-changes.ts';

const list = [
  { text: 'Totals match the invoice', done: false },
  { text: 'A reminder is sent', done: true },
];

describe('acceptance criteria changes', () => {
  it('toggles one criterion', () => {
    expect(toggleCriterion(list, 0).map((c) => c.done)).toEqual([true, true]);
    expect(list[0]?.done).toBe(false);
  });

  it('rewords one criterion, trimmed, keeping whether it is done', () => {
    expect(rewordCriterion(list, 1, '  Two reminders are sent ')).toEqual([
      list[0],
      { text: 'Two reminders are sent', done: true },
    ]);
  });

  it('adds an open criterion at the end and removes by position', () => {
    expect(addCriterion(list, ' Works offline ').at(-1)).toEqual({ text: 'Works offline', done: false });
    expect(removeCriterion(list, 0)).toEqual([list[1]]);
  });
});
