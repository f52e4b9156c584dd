import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BacklogFilters, filtersFromSearch, searchFromFilters } from './backlog-filters.ts';

/** The backlog's filters, read from and written to the URL (a reload keeps them). */
export function useBacklogFilters(): [BacklogFilters, (change: Partial<BacklogFilters> | null) => void] {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const change = useCallback(
    (patch: Partial<BacklogFilters> | null) =>
      setSearch((current) => (patch ? searchFromFilters({ ...filtersFromSearch(current), ...patch }) : {}), {
        replace: true,
      }),
    [setSearch],
  );
  return [filters, change];
}
