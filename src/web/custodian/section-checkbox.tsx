interface SectionCheckboxProps {
  keys: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], isSelected: boolean) => void;
  label: string;
  testId?: string;
  id?: string;
}

/** Selects every key of a group, or none: mixed (indeterminate) when only some are selected. */
export function SectionCheckbox({
  keys,
  selected,
  onSelect,
  label,
  testId = 'section-select',
  id,
}: SectionCheckboxProps) {
  const count = keys.filter((key) => selected.has(key)).length;
  const isAll = keys.length > 0 && count === keys.length;
  return (
    <input
      id={id}
      type="checkbox"
      checked={isAll}
      ref={(box) => {
        if (box) box.indeterminate = count > 0 && !isAll;
      }}
      onChange={() => onSelect(keys, !isAll)}
      disabled={keys.length === 0}
      aria-label={label}
      data-testid={testId}
    />
  );
}
