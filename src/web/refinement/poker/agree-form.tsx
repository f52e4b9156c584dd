import { type FormEvent, useState } from 'react';
import { limits } from '../../../domain/item.ts';
import type { PokerRound } from '../refinement-api.ts';
import { proposedEstimate } from './poker-format.ts';

interface AgreeFormProps {
  round: PokerRound;
  isPending: boolean;
  onAgree: (estimate: number) => void;
}

/** The estimate the team agrees on, prefilled with the most voted card (else the middle vote). */
export function AgreeForm({ round, isPending, onAgree }: AgreeFormProps) {
  const [estimate, setEstimate] = useState(() => proposedEstimate(round));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (estimate.trim() !== '') onAgree(Number(estimate));
  };
  return (
    <form className="agree-form" onSubmit={submit}>
      <label className="field-inline">
        <span>Agreed estimate</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={limits.estimateMax}
          step={1}
          required
          value={estimate}
          onChange={(event) => setEstimate(event.target.value)}
          data-testid="agree-estimate"
        />
        <span className="muted">points</span>
      </label>
      <button
        type="submit"
        className="button button-primary"
        disabled={isPending || estimate === ''}
        data-testid="agree"
      >
        Agree
      </button>
    </form>
  );
}
