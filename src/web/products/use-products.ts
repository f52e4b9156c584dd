import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** The products the signed-in person can see, with their role in each. */
export const useProducts = () =>
  useQuery({ queryKey: queryKeys.products, queryFn: () => client.listProducts(), staleTime: 60_000 });
