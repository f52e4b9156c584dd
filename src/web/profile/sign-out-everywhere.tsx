import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { signInPath } from '../app.tsx';
import { ErrorText } from '../ui/error-text.tsx';

/** Ends every session of one's own, this one too (a lost laptop, a shared computer). */
export function SignOutEverywhere({ sessions }: { sessions: number }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: client.signOutEverywhere,
    onSuccess: () => {
      queryClient.clear();
      void navigate(signInPath(), { replace: true });
    },
  });
  return (
    <div className="team-card" data-testid="sessions">
      <h2>Sessions</h2>
      <p>
        You are signed in {sessions === 1 ? 'here only' : `in ${sessions} places (browsers or devices)`}.
        Sessions last 30 days.
      </p>
      <ErrorText message={signOut.error ? errorMessage(signOut.error) : null} />
      <div className="team-form-actions">
        <button
          type="button"
          className="button"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
          data-testid="sign-out-everywhere"
        >
          Sign out everywhere
        </button>
      </div>
    </div>
  );
}
