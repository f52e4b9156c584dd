import type { SettingsForm } from './settings-form.ts';

type Dor = SettingsForm['definitionOfReady'];
type Toggle = 'problem' | 'serves' | 'outcome' | 'estimate' | 'timeboxForSpikes' | 'deadlineForCompliance';

const toggles: { name: Toggle; label: string; hint: string }[] = [
  { name: 'problem', label: 'A problem statement', hint: 'What problem it solves' },
  { name: 'serves', label: 'Who it serves', hint: 'The users or stakeholders who benefit' },
  { name: 'outcome', label: 'An expected outcome', hint: 'What will be true when it ships' },
  { name: 'estimate', label: 'An estimate', hint: 'Story points (spikes are time-boxed instead)' },
  { name: 'timeboxForSpikes', label: 'A timebox for spikes', hint: 'How many days a spike may take' },
  { name: 'deadlineForCompliance', label: 'A deadline for compliance items', hint: 'When the rule applies' },
];

interface ReadinessChecklistProps {
  dor: Dor;
  problem: string | undefined;
  isDisabled: boolean;
  onChange: (dor: Dor) => void;
}

/** What an item must have to be ready: the built-in checks and how many acceptance criteria. */
export function ReadinessChecklist({ dor, problem, isDisabled, onChange }: ReadinessChecklistProps) {
  return (
    <fieldset className="settings-group" disabled={isDisabled}>
      <legend>Definition of Ready</legend>
      <p className="muted">An item is ready for a sprint when it has everything ticked here.</p>
      <div className="settings-toggles">
        {toggles.map((toggle) => (
          <label key={toggle.name} className="settings-toggle">
            <input
              type="checkbox"
              checked={dor[toggle.name]}
              onChange={(event) => onChange({ ...dor, [toggle.name]: event.target.checked })}
              data-testid={`dor-${toggle.name}`}
            />
            <span>
              {toggle.label}
              <small className="muted">{toggle.hint}</small>
            </span>
          </label>
        ))}
      </div>
      <label className="field settings-number">
        <span>Acceptance criteria, at least</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={20}
          step={1}
          value={dor.minCriteria}
          onChange={(event) => onChange({ ...dor, minCriteria: event.target.value })}
          aria-invalid={problem !== undefined}
          aria-describedby="min-criteria-hint"
          data-testid="dor-minCriteria"
        />
        <small id="min-criteria-hint" className={problem ? 'field-problem' : 'muted'}>
          {problem ?? '0 asks for none.'}
        </small>
      </label>
    </fieldset>
  );
}
