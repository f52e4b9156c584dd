import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  hasFilters,
  itemFiltersFor,
  noFilters,
  searchFromFilters,
} from './backlog-filters.ts';

describe('backlog filters in the URL', () => {
  it('reads nothing as the defaults: active statuses, no other filter', () => {
    expect(filtersFromSearch(new URLSearchParams())).toEqual(noFilters);
    expect(itemFiltersFor(noFilters)).toEqual({});
    expect(hasFilters(noFilters)).toBe(false);
  });

  it('round-trips every filter through the query string', () => {
    const filters = {
      type: 'bug',
      status: 'done',
      source: 'customer',
      tag: 'invoices',
      q: 'late fee',
    } as const;
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('type=bug&status=done&source=customer&tag=invoices&q=late+fee');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('ignores values it does not know instead of sending them to the server', () => {
    const filters = filtersFromSearch(new URLSearchParams('type=epic&status=doing&source=twitter'));
    expect(filters).toEqual(noFilters);
  });

  it('asks the server for every status when "all" is chosen, and for one when one is', () => {
    expect(itemFiltersFor({ ...noFilters, status: 'all' }).status).toEqual([
      'open',
      'in_progress',
      'on_hold',
      'done',
    ]);
    expect(itemFiltersFor({ ...noFilters, status: 'on_hold' }).status).toEqual(['on_hold']);
    expect(itemFiltersFor({ ...noFilters, status: 'active' }).status).toBeUndefined();
  });

  it('trims free text and leaves out blank text', () => {
    expect(itemFiltersFor({ ...noFilters, tag: '  ', q: ' refund ' })).toEqual({ q: 'refund' });
    expect(searchFromFilters({ ...noFilters, tag: ' legal ' }).toString()).toBe('tag=legal');
  });
});
