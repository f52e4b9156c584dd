import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** Notices arrive from every product: they are asked for again each minute, and on every change seen live. */
const refreshMs = 60_000;

/** The signed-in person's notices: the unread ones (for the count), or the recent ones (for the list). */
export const useNotifications = (unreadOnly: boolean, enabled = true) =>
  useQuery({
    queryKey: queryKeys.notificationList(unreadOnly),
    queryFn: () => client.notifications(unreadOnly),
    refetchInterval: unreadOnly ? refreshMs : false,
    enabled,
  });

/** Marks the named notices read, or all of them. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => client.markNotificationsRead(ids),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
