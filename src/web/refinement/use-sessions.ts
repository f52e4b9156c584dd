import { useQuery } from '@tanstack/react-query';
import { client } from '../api.ts';
import { refinementKeys } from './refinement-api.ts';

/** The product's refinement sessions, newest first. */
export const useSessions = (productKey: string) =>
  useQuery({
    queryKey: refinementKeys.sessions(productKey),
    queryFn: () => client.listSessions(productKey),
  });
