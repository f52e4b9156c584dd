import type { ItemDetail } from '../../client/ordo-client.ts';
import type { ItemType } from '../../domain/item.ts';

type TypedFields = Pick<ItemDetail, 'timeboxDays' | 'deadline'>;

/** What an item of another type cannot carry: a timebox is a spike's, a deadline compliance's. */
export function fieldsTheTypeDrops(
  item: TypedFields,
  type: ItemType,
): { timeboxDays?: null; deadline?: null } {
  return {
    ...(type !== 'spike' && item.timeboxDays !== null && { timeboxDays: null }),
    ...(type !== 'compliance' && item.deadline !== null && { deadline: null }),
  };
}

/** What saving a new type will clear, in words; null when it clears nothing. */
export function dropNote(item: TypedFields, type: ItemType): string | null {
  const dropped = fieldsTheTypeDrops(item, type);
  const what = [
    'timeboxDays' in dropped && `its timebox (${item.timeboxDays} days)`,
    'deadline' in dropped && `its deadline (${item.deadline})`,
  ].filter(Boolean);
  if (what.length === 0) return null;
  return `Saving clears ${what.join(' and ')}: only a spike has a timebox, only a compliance item a deadline.`;
}
