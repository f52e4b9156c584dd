import { type AuditQuery, type ItemFilters, OrdoApiError, OrdoClient } from '../client/ordo-client.ts';

/** The web app's one API client: same origin, authenticated by the session cookie. */
export const client = new OrdoClient();

/** Every TanStack Query key the app uses, in one place, so invalidation names the same thing. */
export const queryKeys = {
  setup: ['setup'] as const,
  authMethods: ['auth-methods'] as const,
  me: ['me'] as const,
  products: ['products'] as const,
  product: (productKey: string) => ['product', productKey] as const,
  /** The prefix of every list of a product's items, whatever the filters. */
  itemLists: (productKey: string) => ['items', productKey] as const,
  itemList: (productKey: string, filters: ItemFilters) => ['items', productKey, filters] as const,
  item: (itemKey: string) => ['item', itemKey] as const,
  history: (itemKey: string) => ['history', itemKey] as const,
  triageInbox: (productKey: string) => ['triage', productKey] as const,
  /** The prefix of every request looked up by key. */
  requests: ['request'] as const,
  request: (requestKey: string) => ['request', requestKey] as const,
  duplicates: (productKey: string, title: string, problem: string) =>
    ['duplicates', productKey, title, problem] as const,
  publicForm: (productKey: string) => ['public-form', productKey] as const,
  requestStatus: (token: string) => ['request-status', token] as const,
  /** The prefix of both notification lists (unread only, and recent). */
  notifications: ['notifications'] as const,
  notificationList: (unreadOnly: boolean) => ['notifications', { unreadOnly }] as const,
  /** The workspace: its people (every list), products with the archived ones, the audit log. */
  people: ['people'] as const,
  workspaceProducts: ['workspace-products'] as const,
  audit: (query: AuditQuery) => ['audit', query] as const,
  members: (productKey: string) => ['members', productKey] as const,
  profile: ['profile'] as const,
  tokens: ['tokens'] as const,
  /** A product's webhooks, or (no product) the whole workspace's; one webhook's delivery log. */
  webhooks: (productKey?: string) => ['webhooks', productKey ?? null] as const,
  webhookDeliveries: (webhookId: string) => ['webhook-deliveries', webhookId] as const,
};

/** What to tell a person when a request failed: the API's own message, or why it did not arrive. */
export function errorMessage(error: unknown): string {
  if (error instanceof OrdoApiError) return error.message;
  if (error instanceof TypeError) return 'Could not reach Ordo: check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export const isApiError = (error: unknown, status?: number): error is OrdoApiError =>
  error instanceof OrdoApiError && (status === undefined || error.status === status);
