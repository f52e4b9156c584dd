import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { refinementKeys } from './refinement-api.ts';
import { sessionPath } from './refinement-paths.ts';
import { toLocalInput } from './settings/settings-form.ts';

interface PrepareSessionProps {
  productKey: string;
  /** The product's next session date, proposed as the default. */
  nextAt: string | null;
}

/**
 * Schedules the next session with the agenda Ordo proposes (the top of the backlog, items not
 * yet ready first), then opens it so the agenda can be adjusted before the start.
 */
export function PrepareSession({ productKey, nextAt }: PrepareSessionProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [when, setWhen] = useState(() => toLocalInput(nextAt));
  const prepare = useMutation({
    mutationFn: () =>
      client.scheduleSession(productKey, when ? { scheduledFor: new Date(when).toISOString() } : {}),
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: refinementKeys.sessions(productKey) });
      void navigate(sessionPath(productKey, session.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    prepare.mutate();
  };
  return (
    <form className="prepare-session" onSubmit={submit}>
      <label className="field-inline">
        <span>When</span>
        <input
          type="datetime-local"
          value={when}
          onChange={(event) => setWhen(event.target.value)}
          data-testid="prepare-when"
        />
      </label>
      <button
        type="submit"
        className="button button-primary"
        disabled={prepare.isPending}
        data-testid="prepare-session"
      >
        {prepare.isPending ? 'Preparing…' : 'Prepare session'}
      </button>
      <p className="muted prepare-hint">
        The agenda is proposed from the top of the backlog, items not yet ready first; you can change it
        before the start.
      </p>
      <ErrorText message={prepare.error ? errorMessage(prepare.error) : null} />
    </form>
  );
}
