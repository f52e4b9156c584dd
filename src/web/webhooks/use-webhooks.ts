import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewWebhook, WebhookChange } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { useToast } from '../ui/toasts.tsx';

/** The webhooks of a product, or (no product) the whole workspace's. */
export const useWebhooks = (productKey: string | undefined) =>
  useQuery({
    queryKey: queryKeys.webhooks(productKey),
    queryFn: () => client.listWebhooks(productKey),
  });

/** A webhook added, changed, removed or its secret rotated: the list is read again. */
export function useWebhookChanges(productKey: string | undefined) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(productKey) });
  const create = useMutation({
    mutationFn: (webhook: NewWebhook) =>
      client.createWebhook(productKey ? { ...webhook, product: productKey } : webhook),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, change }: { id: string; change: WebhookChange }) => client.updateWebhook(id, change),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => client.removeWebhook(id),
    onSuccess: () => {
      toast('Removed the webhook: nothing more is sent to it');
      return refresh();
    },
  });
  const rotate = useMutation({
    mutationFn: (id: string) => client.rotateWebhookSecret(id),
    onSuccess: refresh,
    onError: (error) => toast(errorMessage(error), 'error'),
  });
  return { create, update, remove, rotate };
}

const pageSize = 20;

/** A webhook's deliveries, newest first, read again every 2 s while one is still on its way. */
export function useDeliveries(webhookId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.webhookDeliveries(webhookId),
    queryFn: ({ pageParam }) =>
      client.listWebhookDeliveries(webhookId, { limit: pageSize, ...(pageParam && { cursor: pageParam }) }),
    initialPageParam: '',
    getNextPageParam: (page) => page.next ?? undefined,
    // A log opened is read afresh: what was sent since it was last open shows at once.
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.data.some((delivery) => delivery.state === 'pending'))
        ? 2_000
        : false,
  });
}

/** Send a test event, or one delivery (or every failed one) again; the log is read again after. */
export function useDeliveryActions(webhookId: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(webhookId) });
  const test = useMutation({
    mutationFn: () => client.testWebhook(webhookId),
    onSuccess: () => {
      toast('Sent a test event: see it in the delivery log');
      return refresh();
    },
  });
  const redeliver = useMutation({
    mutationFn: (deliveryId?: string) => client.redeliverWebhook(webhookId, deliveryId),
    onSuccess: ({ redelivered }) => {
      toast(redelivered === 1 ? 'Sending it again' : `Sending ${redelivered} deliveries again`);
      return refresh();
    },
  });
  return { test, redeliver };
}
