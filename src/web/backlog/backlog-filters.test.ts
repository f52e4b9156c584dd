import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  hasFilters,
  itemFiltersFor,
  minDemandFrom,
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
      ready: false,
      minDemand: 3,
      sort: 'demand',
    } as const;
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe(
      'type=bug&status=done&source=customer&tag=invoices&q=late+fee&ready=false&minDemand=3&sort=demand',
    );
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('ignores values it does not know instead of sending them to the server', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('type=epic&status=doing&source=twitter&ready=maybe&minDemand=lots&sort=votes'),
    );
    expect(filters).toEqual(noFilters);
  });

  it('asks for ready or not-ready items only when one is chosen', () => {
    expect(itemFiltersFor({ ...noFilters, ready: true })).toEqual({ ready: true });
    expect(itemFiltersFor({ ...noFilters, ready: false })).toEqual({ ready: false });
    expect(hasFilters({ ...noFilters, ready: true })).toBe(true);
  });

  it('asks for the most asked-for first and for a least demand only when chosen', () => {
    expect(itemFiltersFor({ ...noFilters, sort: 'demand', minDemand: 2 })).toEqual({
      sort: 'demand',
      minDemand: 2,
    });
    expect(itemFiltersFor({ ...noFilters, sort: 'rank' })).toEqual({});
    expect(hasFilters({ ...noFilters, sort: 'demand' })).toBe(true);
  });

  it('takes a least demand of 1 to 100,000 whole requesters, and nothing else', () => {
    expect(['1', ' 12 ', '100000'].map(minDemandFrom)).toEqual([1, 12, 100_000]);
    expect(['0', '-2', '1.5', '1e3', '100001', '', null].map(minDemandFrom)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
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

  it('asks for the archived items alone, and keeps that choice in the address', () => {
    expect(itemFiltersFor({ ...noFilters, status: 'archived' })).toEqual({ archived: 'only' });
    expect(filtersFromSearch(new URLSearchParams('status=archived')).status).toBe('archived');
  });

  it('trims free text and leaves out blank text', () => {
    expect(itemFiltersFor({ ...noFilters, tag: '  ', q: ' refund ' })).toEqual({ q: 'refund' });
    expect(searchFromFilters({ ...noFilters, tag: ' legal ' }).toString()).toBe('tag=legal');
  });
});
