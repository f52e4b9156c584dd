import { useQuery } from '@tanstack/react-query';
import { OrdoApiError } from '../../client/ordo-client.ts';
import { client, queryKeys } from '../api.ts';

/**
 * The signed-in person; a 401 error means no one is signed in. It asks `/session`, which answers
 * "no one" without a 401, so that the browser logs no failed request on the way to signing in.
 */
export const useMe = () =>
  useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      const { me } = await client.session();
      if (!me) throw new OrdoApiError(401, 'unauthenticated', 'Sign in first', []);
      return me;
    },
    staleTime: 5 * 60_000,
  });
