import { useParams } from 'react-router';
import { parseItemKey } from '../../domain/item.ts';

/** The product the current page is about: from `/p/:productKey`, or from an item's key. */
export function useProductKey(): string | undefined {
  const { productKey, itemKey } = useParams();
  if (productKey) return productKey.toUpperCase();
  return itemKey ? parseItemKey(itemKey)?.productKey : undefined;
}
