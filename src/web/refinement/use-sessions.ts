import { useQuery } from '@tanstack/react-query';
import { refinementApi, refinementKeys } from './refinement-api.ts';

/** The product's refinement sessions, newest first. */
export const useSessions = (productKey: string) =>
  useQuery({
    queryKey: refinementKeys.sessions(productKey),
    queryFn: () => refinementApi.listSessions(productKey),
  });
