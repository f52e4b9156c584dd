import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/** A product with the signed-in person's role in it. */
export const useProduct = (productKey: string | undefined) =>
  useQuery({
    queryKey: queryKeys.product(productKey ?? ''),
    queryFn: () => client.getProduct(productKey ?? ''),
    enabled: Boolean(productKey),
    staleTime: 60_000,
  });
