/** What a key does in the triage inbox. */
export type InboxCommand = 'next' | 'previous' | 'toggle' | 'accept' | 'merge' | 'ask' | 'decline' | 'help';

/** The inbox's shortcuts, in the order the "?" list shows them. */
export const inboxShortcuts: readonly { key: string; command: InboxCommand; does: string }[] = [
  { key: 'j', command: 'next', does: 'Next request' },
  { key: 'k', command: 'previous', does: 'Previous request' },
  { key: 'x', command: 'toggle', does: 'Select or unselect' },
  { key: 'a', command: 'accept', does: 'Accept into the backlog' },
  { key: 'm', command: 'merge', does: 'Merge into an item' },
  { key: 'i', command: 'ask', does: 'Ask for more information' },
  { key: 'd', command: 'decline', does: 'Decline' },
  { key: '?', command: 'help', does: 'Show these shortcuts' },
];

/** The parts of a keydown that decide whether it is a shortcut (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Where the key was typed. */
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

/** Inputs that take no typing: a key pressed on them may still be a shortcut. */
const untypedInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether keys pressed here are someone typing (a text field, a list box, editable text). */
export function isTypingTarget(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !untypedInputs.has((target.type ?? 'text').toLowerCase());
}

/** The command a key press gives, or null: not a shortcut, a modifier held, or typing in a field. */
export function commandFor(press: KeyPress): InboxCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || isTypingTarget(press.target)) return null;
  return inboxShortcuts.find((shortcut) => shortcut.key === press.key)?.command ?? null;
}

/**
 * The request to focus after j or k: the first one (going down) or the last (going up) when none
 * has the focus yet; it stops at the ends, and comes back to the last when the list got shorter.
 */
export function stepFocus(current: number, step: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current >= length) return length - 1;
  if (current < 0) return step === 1 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + step));
}
