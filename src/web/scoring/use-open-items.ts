import { useQuery } from '@tanstack/react-query';
import type { ItemSummary } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { client, queryKeys } from '../api.ts';

/** Every open item of the backlog (not done, not archived), in rank order. */
export const useOpenItems = (productKey: string) =>
  useQuery({
    // Under the backlog lists' prefix: a change to any item marks it stale with them.
    queryKey: [...queryKeys.itemLists(productKey), 'all-open'],
    queryFn: async () => {
      const items: ItemSummary[] = [];
      let cursor: string | null = null;
      do {
        const page = await client.listItems(productKey, { cursor, limit: limits.pageSizeMax });
        items.push(...page.data);
        cursor = page.next;
      } while (cursor);
      return items;
    },
  });
