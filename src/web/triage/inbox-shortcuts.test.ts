import { describe, expect, it } from 'vitest';
import { commandFor, isTypingTarget, type KeyPress, stepFocus } from './inbox-shortcuts.ts';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: 'LI' },
  ...change,
});

describe('the triage inbox shortcuts', () => {
  it('maps j, k, x, a, m, i, d and ? to their commands', () => {
    expect(['j', 'k', 'x', 'a', 'm', 'i', 'd', '?'].map((key) => commandFor(press(key)))).toEqual([
      'next',
      'previous',
      'toggle',
      'accept',
      'merge',
      'ask',
      'decline',
      'help',
    ]);
  });

  it('ignores other keys and keys held with a modifier (the browser’s own shortcuts)', () => {
    expect(commandFor(press('q'))).toBeNull();
    expect(commandFor(press('J'))).toBeNull();
    expect(commandFor(press('d', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('a', { metaKey: true }))).toBeNull();
    expect(commandFor(press('m', { altKey: true }))).toBeNull();
  });

  it('ignores keys typed into a text field, a text area, a list box or editable text', () => {
    for (const target of [
      { tagName: 'INPUT' },
      { tagName: 'input', type: 'search' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(commandFor(press('d', { target })), JSON.stringify(target)).toBeNull();
    }
  });

  it('still takes shortcuts on a checkbox or a button, which take no typing', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(commandFor(press('x', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('toggle');
    expect(commandFor(press('j', { target: { tagName: 'BUTTON' } }))).toBe('next');
    expect(commandFor(press('j', { target: null }))).toBe('next');
  });
});

describe('stepFocus', () => {
  it('starts at the first request going down and at the last going up', () => {
    expect(stepFocus(-1, 1, 5)).toBe(0);
    expect(stepFocus(-1, -1, 5)).toBe(4);
  });

  it('moves one step and stops at either end', () => {
    expect(stepFocus(2, 1, 5)).toBe(3);
    expect(stepFocus(2, -1, 5)).toBe(1);
    expect(stepFocus(4, 1, 5)).toBe(4);
    expect(stepFocus(0, -1, 5)).toBe(0);
  });

  it('comes back into the list when requests left it, and has nowhere to go in an empty one', () => {
    expect(stepFocus(7, 1, 3)).toBe(2);
    expect(stepFocus(0, 1, 0)).toBe(-1);
  });
});
