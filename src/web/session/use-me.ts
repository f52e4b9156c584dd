import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** The signed-in person; a 401 error means no one is signed in. */
export const useMe = () => useQuery({ queryKey: queryKeys.me, queryFn: client.me, staleTime: 5 * 60_000 });
