import type { ItemFilters } from '../../client/ordo-client.ts';
import {
  type ItemSource,
  type ItemStatus,
  type ItemType,
  itemSources,
  itemStatuses,
  itemTypes,
  limits,
} from '../../domain/item.ts';

/** `active` is the server's default (open, in progress, on hold); `all` adds done; `archived` shows what left the backlog. */
export type StatusChoice = 'active' | 'all' | 'archived' | ItemStatus;

/** The backlog's order (the truth), or most asked-for first (an aid beside it). */
export type SortChoice = 'rank' | 'demand';

/** The largest "min. requesters" the server takes. */
export const minDemandMax = 100_000;

/** The backlog's filters as the person set them; they live in the URL's query string. */
export interface BacklogFilters {
  type: ItemType | null;
  status: StatusChoice;
  source: ItemSource | null;
  tag: string;
  q: string;
  /** Only items that meet the Definition of Ready (true), or only those that do not (false). */
  ready: boolean | null;
  /** Only items that at least this many people asked for. */
  minDemand: number | null;
  sort: SortChoice;
}

export const noFilters: BacklogFilters = {
  type: null,
  status: 'active',
  source: null,
  tag: '',
  q: '',
  ready: null,
  minDemand: null,
  sort: 'rank',
};

const yesOrNo = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : null);

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** A whole number of requesters, 1 or more, from the URL or the filter's field; anything else is no filter. */
export function minDemandFrom(text: string | null): number | null {
  const trimmed = text?.trim() ?? '';
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= minDemandMax ? value : null;
}

/** Reads the filters from a query string; anything unknown falls back to the default. */
export function filtersFromSearch(search: URLSearchParams): BacklogFilters {
  const status = search.get('status');
  return {
    type: oneOf(itemTypes, search.get('type')),
    status: status === 'all' || status === 'archived' ? status : (oneOf(itemStatuses, status) ?? 'active'),
    source: oneOf(itemSources, search.get('source')),
    tag: (search.get('tag') ?? '').slice(0, limits.tagLength),
    q: (search.get('q') ?? '').slice(0, limits.searchLength),
    ready: yesOrNo(search.get('ready')),
    minDemand: minDemandFrom(search.get('minDemand')),
    sort: search.get('sort') === 'demand' ? 'demand' : 'rank',
  };
}

/** The query string for a set of filters, leaving out every default so URLs stay short. */
export function searchFromFilters(filters: BacklogFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.type) search.set('type', filters.type);
  if (filters.status !== 'active') search.set('status', filters.status);
  if (filters.source) search.set('source', filters.source);
  if (filters.tag.trim()) search.set('tag', filters.tag.trim());
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.ready !== null) search.set('ready', String(filters.ready));
  if (filters.minDemand !== null) search.set('minDemand', String(filters.minDemand));
  if (filters.sort !== 'rank') search.set('sort', filters.sort);
  return search;
}

/** What `listItems` is asked for these filters. */
export function itemFiltersFor(filters: BacklogFilters): ItemFilters {
  return {
    ...(filters.type && { type: [filters.type] }),
    ...(filters.status === 'all' && { status: [...itemStatuses] }),
    ...(filters.status === 'archived' && { archived: 'only' as const }),
    ...(filters.status !== 'all' &&
      filters.status !== 'active' &&
      filters.status !== 'archived' && { status: [filters.status] }),
    ...(filters.source && { source: [filters.source] }),
    ...(filters.tag.trim() && { tag: [filters.tag.trim()] }),
    ...(filters.q.trim() && { q: filters.q.trim() }),
    ...(filters.ready !== null && { ready: filters.ready }),
    ...(filters.minDemand !== null && { minDemand: filters.minDemand }),
    ...(filters.sort !== 'rank' && { sort: filters.sort }),
  };
}

export const hasFilters = (filters: BacklogFilters) => searchFromFilters(filters).size > 0;
