/** Six dots: the grip of a drag handle. */
export function GripIcon() {
  return (
    <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
      {[3, 8, 13].flatMap((y) => [
        <circle key={`l${y}`} cx="2.5" cy={y} r="1.3" />,
        <circle key={`r${y}`} cx="7.5" cy={y} r="1.3" />,
      ])}
    </svg>
  );
}
