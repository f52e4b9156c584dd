import type { z } from 'zod';
import type { bulkUpdate } from '../../app/custodian/bulk-update.ts';
import type { healthTrend } from '../../app/custodian/health-trend.ts';
import { type CustodianView, type Json, OrdoApiError, type Page } from '../../client/ordo-client.ts';
import type { bulkUpdateBody } from '../../http/schemas.ts';

/**
 * The custodian calls the web app needs and `OrdoClient` does not have yet: the health trend and
 * the bulk change. They belong in `src/client/ordo-client.ts` (same names): until they move there,
 * they call the API exactly the way the client's `#call` does and throw the same `OrdoApiError`.
 */

export type Signal = CustodianView['signals'][number];
export type SignalName = Signal['name'];
export type SignalItem = Signal['items'][number];
export type Health = CustodianView['health'];
export type HealthPart = Health['parts'][number];
export type HealthDay = Json<Awaited<ReturnType<typeof healthTrend>>[number]>;
export type BulkChange = z.input<typeof bulkUpdateBody>['change'];
export type BulkResult = Json<Awaited<ReturnType<typeof bulkUpdate>>>;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body !== undefined ? { 'content-type': 'application/json' } : {},
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const payload = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = payload?.error ?? {};
    throw new OrdoApiError(
      response.status,
      error.code ?? 'unknown',
      error.message ?? response.statusText,
      error.details,
    );
  }
  return payload as T;
}

const product = (key: string) => `/products/${encodeURIComponent(key)}`;

export const custodianApi = {
  /** The daily health scores of the last `days` days, oldest first. */
  healthTrend: (productKey: string, days = 90) =>
    call<Page<HealthDay>>('GET', `${product(productKey)}/health?days=${days}`),
  /** One change to many items, all or none: nothing changes if one of them is refused. */
  bulkUpdate: (productKey: string, keys: string[], change: BulkChange) =>
    call<BulkResult>('POST', `${product(productKey)}/items/bulk`, { keys, change }),
};

/** The TanStack Query keys of the custodian's reads (beside `queryKeys` in ../api.ts). */
export const custodianKeys = {
  /**
   * Under the product's item lists (`queryKeys.itemLists`): every change that refreshes the lists
   * (a save, a move, a live notice) refreshes the signals and the stale rule's dry run with them.
   */
  view: (productKey: string) => ['items', productKey, 'custodian'] as const,
  staleDryRun: (productKey: string) => ['items', productKey, 'stale-dry-run'] as const,
  healthTrend: (productKey: string) => ['health-trend', productKey] as const,
};
