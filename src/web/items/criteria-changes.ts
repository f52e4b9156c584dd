import type { AcceptanceCriterion } from '../../domain/item.ts';

/** The checklist after one change; each returns a new list and leaves the old one alone. */
export const toggleCriterion = (list: readonly AcceptanceCriterion[], index: number) =>
  list.map((criterion, i) => (i === index ? { ...criterion, done: !criterion.done } : criterion));

export const rewordCriterion = (list: readonly AcceptanceCriterion[], index: number, text: string) =>
  list.map((criterion, i) => (i === index ? { ...criterion, text: text.trim() } : criterion));

export const addCriterion = (list: readonly AcceptanceCriterion[], text: string) => [
  ...list,
  { text: text.trim(), done: false },
];

export const removeCriterion = (list: readonly AcceptanceCriterion[], index: number) =>
  list.filter((_, i) => i !== index);
