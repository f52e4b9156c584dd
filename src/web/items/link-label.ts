import type { LinkKind } from '../../domain/item.ts';

/** How a link reads from this item's side: "blocks PAY-4" going out, "blocked by PAY-4" coming in. */
const labels: Record<LinkKind, { outgoing: string; incoming: string }> = {
  duplicate_of: { outgoing: 'Duplicate of', incoming: 'Duplicated by' },
  blocks: { outgoing: 'Blocks', incoming: 'Blocked by' },
  relates_to: { outgoing: 'Relates to', incoming: 'Relates to' },
  parent: { outgoing: 'Child of', incoming: 'Parent of' },
};

export function linkLabel(kind: string, direction: 'outgoing' | 'incoming'): string {
  return labels[kind as LinkKind]?.[direction] ?? kind.replace(/_/g, ' ');
}
