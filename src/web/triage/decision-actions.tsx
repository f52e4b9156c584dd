interface DecisionActionsProps {
  label: string;
  pendingLabel: string;
  isPending: boolean;
  isDisabled?: boolean;
  /** Declining is the one decision shown as dangerous. */
  isDanger?: boolean;
  onCancel: () => void;
  testId: string;
}

/** The confirm and cancel buttons under every decision form (Escape cancels too). */
export function DecisionActions({
  label,
  pendingLabel,
  isPending,
  isDisabled = false,
  isDanger = false,
  onCancel,
  testId,
}: DecisionActionsProps) {
  return (
    <div className="decision-actions">
      <button
        type="submit"
        className={`button button-primary${isDanger ? ' button-danger' : ''}`}
        disabled={isPending || isDisabled}
        data-testid={testId}
      >
        {isPending ? pendingLabel : label}
      </button>
      <button type="button" className="button button-ghost" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
