import { useState } from 'react';
import type { DefinitionOfReady } from '../../../domain/readiness.ts';
import { checkIdFor, newCheckProblems } from './settings-form.ts';

interface CustomChecksProps {
  checks: DefinitionOfReady['custom'];
  isDisabled: boolean;
  onChange: (checks: DefinitionOfReady['custom']) => void;
}

const maxChecks = 20;

/** The product's own readiness checks, ticked on each item: add (label, then id) and remove. */
export function CustomChecks({ checks, isDisabled, onChange }: CustomChecksProps) {
  const [label, setLabel] = useState('');
  const [id, setId] = useState('');
  const existing = checks.map((check) => check.id);
  const proposedId = checkIdFor(label, existing);
  const problems = newCheckProblems(checks, label, id);
  const hasProblem = problems.label !== undefined || problems.id !== undefined;
  const add = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (!label.trim() || hasProblem) return;
    onChange([...checks, { id: id || proposedId, label: label.trim() }]);
    setLabel('');
    setId('');
  };
  return (
    <fieldset className="settings-group" disabled={isDisabled}>
      <legend>Checks of your own</legend>
      <p className="muted">
        Ticked by hand on each item, such as “Designs reviewed” or “Legal has signed off”.
      </p>
      {checks.length > 0 && (
        <ul className="custom-checks" data-testid="custom-checks">
          {checks.map((check) => (
            <li key={check.id} data-testid="custom-check">
              <span className="custom-check-label">{check.label}</span>
              <code className="muted">{check.id}</code>
              <button
                type="button"
                className="button button-ghost button-small"
                aria-label={`Remove the check ${check.label}`}
                onClick={() => onChange(checks.filter((other) => other.id !== check.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {checks.length < maxChecks && (
        // A form inside the settings form is not allowed: this one is a group with its own button.
        <div className="custom-check-add">
          <label className="field">
            <span>Label</span>
            <input
              value={label}
              maxLength={100}
              placeholder="Designs reviewed"
              onChange={(event) => setLabel(event.target.value)}
              onKeyDown={(event) => event.key === 'Enter' && add(event)}
              aria-invalid={problems.label !== undefined}
              data-testid="custom-check-label"
            />
            {problems.label && <small className="field-problem">{problems.label}</small>}
          </label>
          <label className="field">
            <span>Id</span>
            <input
              value={id}
              maxLength={40}
              placeholder={label ? proposedId : 'designs-reviewed'}
              onChange={(event) => setId(event.target.value)}
              onKeyDown={(event) => event.key === 'Enter' && add(event)}
              aria-invalid={problems.id !== undefined}
              data-testid="custom-check-id"
            />
            {problems.id && <small className="field-problem">{problems.id}</small>}
          </label>
          <button
            type="button"
            className="button"
            onClick={add}
            disabled={!label.trim() || hasProblem}
            data-testid="custom-check-add"
          >
            Add the check
          </button>
        </div>
      )}
    </fieldset>
  );
}
