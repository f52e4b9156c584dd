import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, errorMessage } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';

/** Ends the session, forgets everything cached for this person, and goes to sign in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  return async () => {
    try {
      await client.signOut();
    } catch (error) {
      toast(errorMessage(error), 'error');
      return;
    }
    queryClient.clear();
    await navigate('/sign-in', { replace: true });
  };
}
