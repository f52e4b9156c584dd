import type { ItemSummary } from '../../client/ordo-client.ts';
import { itemSourceLabels, itemSources } from '../../domain/item.ts';

/** "3 requesters", then one line per source that asked: the demand column's tooltip. */
export function demandTitle(demand: number, bySource: ItemSummary['demandBySource'] | undefined): string {
  const total = `${demand} requester${demand === 1 ? '' : 's'}`;
  const lines = itemSources
    .filter((source) => (bySource?.[source] ?? 0) > 0)
    .map((source) => `${itemSourceLabels[source]}: ${bySource?.[source]}`);
  return [total, ...lines].join('\n');
}
