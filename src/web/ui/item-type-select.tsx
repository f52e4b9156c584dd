import type { SelectHTMLAttributes } from 'react';
import { type ItemType, itemTypeLabels, itemTypes } from '../../domain/item.ts';

type ItemTypeSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: ItemType;
  onChange: (type: ItemType) => void;
  /** The types to offer; every type if left out. */
  types?: readonly ItemType[];
};

/** A choice of item type, by its label. */
export function ItemTypeSelect({ value, onChange, types = itemTypes, ...rest }: ItemTypeSelectProps) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value as ItemType)} {...rest}>
      {types.map((type) => (
        <option key={type} value={type}>
          {itemTypeLabels[type]}
        </option>
      ))}
    </select>
  );
}
