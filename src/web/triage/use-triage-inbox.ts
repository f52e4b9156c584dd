import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** The requests waiting for triage, oldest first (the header's count reads the same list). */
export const useTriageInbox = (productKey: string | undefined, enabled = true) =>
  useQuery({
    queryKey: queryKeys.triageInbox(productKey ?? ''),
    queryFn: () => client.triageInbox(productKey ?? ''),
    enabled: Boolean(productKey) && enabled,
    // Whoever opens the inbox sees what waits now, not what the header counted a moment ago.
    staleTime: 0,
  });
