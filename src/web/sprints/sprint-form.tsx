import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { client } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { nextSprintDefaults } from './sprint-dates.ts';
import { type Sprint, sprintKeys } from './sprints-api.ts';

interface SprintFormProps {
  productKey: string;
  sprints: readonly Sprint[];
  velocity: number | null;
  onCreated: (sprint: Sprint) => void;
}

const fields = ['name', 'goal', 'startsOn', 'endsOn', 'capacityPoints'];

/** A new sprint: its goal, dates and capacity, proposed from the last sprint. */
export function SprintForm({ productKey, sprints, velocity, onCreated }: SprintFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => ({
    name: '',
    goal: '',
    ...nextSprintDefaults(sprints, new Date(), velocity),
  }));
  const create = useMutation({
    mutationFn: () =>
      client.createSprint(productKey, {
        ...(draft.name.trim() && { name: draft.name.trim() }),
        goal: draft.goal,
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        capacityPoints: draft.capacityPoints,
      }),
    onSuccess: (sprint) => {
      void queryClient.invalidateQueries({ queryKey: sprintKeys.sprints(productKey) });
      onCreated(sprint);
    },
  });
  const errors = fieldErrors(create.error, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const set = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));
  return (
    <form className="sprint-form" onSubmit={submit} data-testid="sprint-form">
      <label className="field sprint-form-name">
        <span>Name</span>
        <input
          value={draft.name}
          maxLength={100}
          placeholder={`Sprint ${(sprints[0]?.number ?? 0) + 1}`}
          onChange={(event) => set({ name: event.target.value })}
          data-testid="sprint-name"
        />
      </label>
      <label className="field sprint-form-goal">
        <span>Goal</span>
        <input
          value={draft.goal}
          maxLength={2_000}
          placeholder="What this sprint is for, in one sentence"
          onChange={(event) => set({ goal: event.target.value })}
          data-testid="sprint-goal"
          {...describedBy('sprint-goal-error', errors.byField.goal)}
        />
        <FieldError id="sprint-goal-error" message={errors.byField.goal} />
      </label>
      <label className="field">
        <span>Starts</span>
        <input
          type="date"
          required
          value={draft.startsOn}
          onChange={(event) => set({ startsOn: event.target.value })}
          data-testid="sprint-starts"
          {...describedBy('sprint-starts-error', errors.byField.startsOn)}
        />
        <FieldError id="sprint-starts-error" message={errors.byField.startsOn} />
      </label>
      <label className="field">
        <span>Ends</span>
        <input
          type="date"
          required
          min={draft.startsOn}
          value={draft.endsOn}
          onChange={(event) => set({ endsOn: event.target.value })}
          data-testid="sprint-ends"
          {...describedBy('sprint-ends-error', errors.byField.endsOn)}
        />
        <FieldError id="sprint-ends-error" message={errors.byField.endsOn} />
      </label>
      <label className="field sprint-form-capacity">
        <span>Capacity (points)</span>
        <input
          type="number"
          required
          min={0}
          max={10_000}
          step={1}
          value={draft.capacityPoints}
          onChange={(event) => set({ capacityPoints: event.target.valueAsNumber || 0 })}
          data-testid="sprint-capacity"
          {...describedBy('sprint-capacity-error', errors.byField.capacityPoints)}
        />
        <FieldError id="sprint-capacity-error" message={errors.byField.capacityPoints} />
      </label>
      <div className="sprint-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending}
          data-testid="create-sprint"
        >
          {create.isPending ? 'Creating…' : 'Create sprint'}
        </button>
      </div>
      <ErrorText message={errors.other} />
    </form>
  );
}
