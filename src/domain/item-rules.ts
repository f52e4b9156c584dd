import type { ItemStatus, ItemType } from './item.ts';

export interface ItemShape {
  type: ItemType;
  status: ItemStatus;
  holdReason: string | null;
  timeboxDays: number | null;
  deadline: string | null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The rules that tie an item's fields to each other; an empty list means it is consistent. */
export function itemFieldProblems(item: ItemShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (item.status === 'on_hold' && !item.holdReason?.trim()) {
    problems.push({ field: 'holdReason', message: 'an item on hold needs a reason' });
  }
  if (item.timeboxDays !== null && item.type !== 'spike') {
    problems.push({ field: 'timeboxDays', message: 'only a spike carries a timebox' });
  }
  if (item.deadline !== null && item.type !== 'compliance') {
    problems.push({ field: 'deadline', message: 'only a compliance/legal item carries a deadline' });
  }
  return problems;
}
