import { moveInList } from '../../backlog/move-target.ts';

/** The agenda holds at most this many items (the server's limit). */
export const agendaMax = 50;

/** The agenda with the item at `index` moved one place up (-1) or down (+1). */
export function shiftAgendaItem(keys: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= keys.length || to < 0 || to >= keys.length) return [...keys];
  return moveInList(keys, index, to);
}

export const removeAgendaItem = (keys: readonly string[], key: string) => keys.filter((k) => k !== key);

/**
 * Adds an item typed by a person: "PAY-12", "pay-12" or just "12" (in this product). Says what
 * is wrong instead when the key cannot be added.
 */
export function addAgendaItem(
  keys: readonly string[],
  typed: string,
  productKey: string,
): { keys: string[] } | { problem: string } {
  const text = typed.trim().toUpperCase();
  const key = /^\d{1,9}$/.test(text) ? `${productKey}-${text}` : text;
  if (!/^[A-Z][A-Z0-9]{1,9}-\d{1,9}$/.test(key))
    return { problem: `“${typed.trim()}” is not an item key like ${productKey}-12` };
  if (keys.includes(key)) return { problem: `${key} is already on the agenda` };
  if (keys.length >= agendaMax) return { problem: `The agenda holds at most ${agendaMax} items` };
  return { keys: [...keys, key] };
}

/** The agenda with the parts an item was split into right after it (those already on it stay put). */
export function withSplitParts(keys: readonly string[], split: string, parts: readonly string[]): string[] {
  const added = parts.filter((part) => !keys.includes(part));
  const at = keys.indexOf(split);
  if (at < 0) return [...keys, ...added];
  return [...keys.slice(0, at + 1), ...added, ...keys.slice(at + 1)];
}
