import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ItemChanges, ItemDetail } from '../../client/ordo-client.ts';
import { parseItemKey } from '../../domain/item.ts';
import { client, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';
import { isVersionConflict } from './version-conflict.ts';

export interface SaveRequest {
  /** The version the person was looking at when they started this change. */
  version: number;
  changes: ItemChanges;
}

/**
 * Saves changes to an item with the version they were made on. If someone else changed it first,
 * the person is told and the item is reloaded; nothing of theirs is overwritten silently.
 */
export function useSaveItem(itemKey: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => {
    const productKey = parseItemKey(itemKey)?.productKey;
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.item(itemKey) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.history(itemKey) }),
      productKey && queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(productKey) }),
    ]);
  };
  return useMutation({
    mutationFn: ({ version, changes }: SaveRequest) => client.updateItem(itemKey, version, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData<ItemDetail>(queryKeys.item(itemKey), (old) => old && { ...old, ...saved });
      void refresh();
    },
    onError: (error) => {
      if (!isVersionConflict(error)) return;
      toast(
        `Someone else changed ${itemKey} while you were editing it. The latest version is now shown.`,
        'error',
      );
      void refresh();
    },
  });
}
