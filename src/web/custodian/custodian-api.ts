import type { CustodianView } from '../../client/ordo-client.ts';

/** The custodian types the page shares; the calls themselves are `client`'s (../api.ts). */
export type { BulkChange, HealthDay } from '../../client/ordo-client.ts';
export type Signal = CustodianView['signals'][number];
export type SignalName = Signal['name'];
export type SignalItem = Signal['items'][number];
export type Health = CustodianView['health'];
export type HealthPart = Health['parts'][number];
export type BulkResult = { changed: string[] };

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
