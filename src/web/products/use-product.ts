import { useQuery } from '@tanstack/react-query';
import { client, queryKeys } from '../api.ts';

/**
 * A product with the signed-in person's role in it. In an archived product everyone acts as a
 * viewer (the server refuses every change until an admin restores it), so no page offers
 * controls that cannot work.
 */
export const useProduct = (productKey: string | undefined) =>
  useQuery({
    queryKey: queryKeys.product(productKey ?? ''),
    queryFn: () => client.getProduct(productKey ?? ''),
    enabled: Boolean(productKey),
    staleTime: 60_000,
    select: (product) => (product.archivedAt ? { ...product, role: 'viewer' as const } : product),
  });
