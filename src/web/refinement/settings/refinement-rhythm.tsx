import type { SettingsField, SettingsForm } from './settings-form.ts';

interface RefinementRhythmProps {
  form: SettingsForm;
  problems: Partial<Record<SettingsField, string>>;
  isDisabled: boolean;
  onChange: (patch: Partial<SettingsForm>) => void;
}

/** How big an item may be, whether unready work may enter a sprint, and when the team refines. */
export function RefinementRhythm({ form, problems, isDisabled, onChange }: RefinementRhythmProps) {
  const hint = (field: SettingsField, text: string) => (
    <small id={`${field}-hint`} className={problems[field] ? 'field-problem' : 'muted'}>
      {problems[field] ?? text}
    </small>
  );
  return (
    <>
      <fieldset className="settings-group" disabled={isDisabled}>
        <legend>Sprints</legend>
        <div className="settings-grid">
          <label className="field settings-number">
            <span>Split items estimated above</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={form.splitThreshold}
              onChange={(event) => onChange({ splitThreshold: event.target.value })}
              aria-invalid={problems.splitThreshold !== undefined}
              aria-describedby="splitThreshold-hint"
              data-testid="split-threshold"
            />
            {hint('splitThreshold', 'Points: larger items are flagged as too big for one sprint.')}
          </label>
          <label className="field settings-number">
            <span>Velocity (points per sprint)</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              placeholder="Not known yet"
              value={form.velocityPoints}
              onChange={(event) => onChange({ velocityPoints: event.target.value })}
              aria-invalid={problems.velocityPoints !== undefined}
              aria-describedby="velocityPoints-hint"
              data-testid="velocity"
            />
            {hint('velocityPoints', 'Turns ready points into sprints of ready work.')}
          </label>
        </div>
        <label className="settings-toggle">
          <input
            type="checkbox"
            checked={form.refuseUnreadyCommitment}
            onChange={(event) => onChange({ refuseUnreadyCommitment: event.target.checked })}
            data-testid="refuse-unready"
          />
          <span>
            Refuse items that are not ready in a sprint
            <small className="muted">Otherwise sprint planning warns and lets them in.</small>
          </span>
        </label>
      </fieldset>
      <fieldset className="settings-group" disabled={isDisabled}>
        <legend>Refinement sessions</legend>
        <div className="settings-grid">
          <div className="field" role="radiogroup" aria-labelledby="cadence-label">
            <span id="cadence-label">Cadence</span>
            <div className="segmented">
              {([7, 14] as const).map((days) => (
                <label key={days} className="segmented-option">
                  <input
                    type="radio"
                    name="cadence"
                    checked={form.refinementCadenceDays === days}
                    onChange={() => onChange({ refinementCadenceDays: days })}
                    data-testid={`cadence-${days}`}
                  />
                  <span>{days === 7 ? 'Weekly' : 'Every two weeks'}</span>
                </label>
              ))}
            </div>
          </div>
          <label className="field settings-number">
            <span>Next session</span>
            <input
              type="datetime-local"
              value={form.nextRefinementAt}
              onChange={(event) => onChange({ nextRefinementAt: event.target.value })}
              aria-invalid={problems.nextRefinementAt !== undefined}
              aria-describedby="nextRefinementAt-hint"
              data-testid="next-session-at"
            />
            {hint('nextRefinementAt', 'Preparing a session proposes this date; blank follows the cadence.')}
          </label>
        </div>
      </fieldset>
    </>
  );
}
