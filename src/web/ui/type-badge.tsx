import { type ItemType, itemTypeLabels } from '../../domain/item.ts';

/** The item's type as a small coloured label. */
export function TypeBadge({ type }: { type: string }) {
  const label = itemTypeLabels[type as ItemType] ?? type;
  return (
    <span className={`type-badge type-${type}`} data-testid="type-badge">
      {label}
    </span>
  );
}
