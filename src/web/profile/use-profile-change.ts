import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileChanges } from '../../client/ordo-client.ts';
import { client, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';

/** Saves a change to one's profile and says so; the header's name follows. */
export function useProfileChange(saidWhenSaved: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => client.updateProfile(changes),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.profile, profile);
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
      toast(saidWhenSaved);
    },
  });
}
