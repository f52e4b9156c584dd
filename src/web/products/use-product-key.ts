import { useParams } from 'react-router';
import { parseItemKey } from '../../domain/item.ts';
import { parseRequestKey } from '../../domain/request.ts';

/** The product the current page is about: from `/p/:productKey`, or from an item's or a request's key. */
export function useProductKey(): string | undefined {
  const { productKey, itemKey, requestKey } = useParams();
  if (productKey) return productKey.toUpperCase();
  if (itemKey) return parseItemKey(itemKey)?.productKey;
  return requestKey ? parseRequestKey(requestKey)?.productKey : undefined;
}
