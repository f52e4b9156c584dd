import {
  type ItemSource,
  type ItemType,
  itemSourceLabels,
  itemSources,
  itemStatuses,
  itemStatusLabels,
  itemTypeLabels,
  itemTypes,
  limits,
} from '../../domain/item.ts';
import { useDebouncedText } from '../ui/use-debounced-text.ts';
import {
  type BacklogFilters,
  hasFilters,
  minDemandFrom,
  minDemandMax,
  type StatusChoice,
} from './backlog-filters.ts';

interface FiltersBarProps {
  filters: BacklogFilters;
  onChange: (change: Partial<BacklogFilters> | null) => void;
}

/**
 * Type, status, source, readiness, tag, least demand and full-text search, and "most asked for"
 * first; every choice goes to the URL.
 */
export function FiltersBar({ filters, onChange }: FiltersBarProps) {
  const [q, setQ] = useDebouncedText(filters.q, (text) => onChange({ q: text }));
  const [tag, setTag] = useDebouncedText(filters.tag, (text) => onChange({ tag: text }), 300);
  const [minDemand, setMinDemand] = useDebouncedText(
    filters.minDemand === null ? '' : String(filters.minDemand),
    (text) => onChange({ minDemand: minDemandFrom(text) }),
    300,
  );
  return (
    <search className="filters-bar" aria-label="Filter the backlog">
      <label className="filter filter-search">
        <span className="visually-hidden">Search</span>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10.5 10.5l3 3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <input
          type="search"
          placeholder="Search"
          value={q}
          maxLength={limits.searchLength}
          onChange={(event) => setQ(event.target.value)}
          data-testid="filter-search"
        />
      </label>
      <label className="filter">
        <span className="filter-label">Type</span>
        <select
          value={filters.type ?? ''}
          onChange={(event) => onChange({ type: (event.target.value || null) as ItemType | null })}
          data-testid="filter-type"
        >
          <option value="">All</option>
          {itemTypes.map((type) => (
            <option key={type} value={type}>
              {itemTypeLabels[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Status</span>
        <select
          value={filters.status}
          onChange={(event) => onChange({ status: event.target.value as StatusChoice })}
          data-testid="filter-status"
        >
          <option value="active">Not done</option>
          {itemStatuses.map((status) => (
            <option key={status} value={status}>
              {itemStatusLabels[status]}
            </option>
          ))}
          <option value="all">All, with done</option>
          <option value="archived">Archived</option>
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Source</span>
        <select
          value={filters.source ?? ''}
          onChange={(event) => onChange({ source: (event.target.value || null) as ItemSource | null })}
          data-testid="filter-source"
        >
          <option value="">All</option>
          {itemSources.map((source) => (
            <option key={source} value={source}>
              {itemSourceLabels[source]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Readiness</span>
        <select
          value={filters.ready === null ? '' : String(filters.ready)}
          onChange={(event) =>
            onChange({ ready: event.target.value === '' ? null : event.target.value === 'true' })
          }
          data-testid="filter-ready"
        >
          <option value="">All</option>
          <option value="true">Ready</option>
          <option value="false">Not ready</option>
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Tag</span>
        <input
          className="filter-tag"
          placeholder="any"
          value={tag}
          maxLength={limits.tagLength}
          onChange={(event) => setTag(event.target.value)}
          data-testid="filter-tag"
        />
      </label>
      <label className="filter">
        <span className="filter-label">Min. requesters</span>
        <input
          className="filter-number"
          type="number"
          inputMode="numeric"
          min={1}
          max={minDemandMax}
          step={1}
          placeholder="any"
          value={minDemand}
          onChange={(event) => setMinDemand(event.target.value)}
          data-testid="filter-min-demand"
        />
      </label>
      <button
        type="button"
        className="filter-toggle"
        aria-pressed={filters.sort === 'demand'}
        title="Most requesters first (the backlog's order stays as it is)"
        onClick={() => onChange({ sort: filters.sort === 'demand' ? 'rank' : 'demand' })}
        data-testid="sort-demand"
      >
        <svg viewBox="0 0 14 14" width="12" height="12" aria-hidden="true">
          <circle cx="7" cy="4.5" r="2.5" fill="currentColor" />
          <path d="M2 12.5c.6-2.8 2.6-4 5-4s4.4 1.2 5 4z" fill="currentColor" />
        </svg>
        Most asked for
      </button>
      {hasFilters(filters) && (
        <button
          type="button"
          className="button button-ghost"
          onClick={() => onChange(null)}
          data-testid="clear-filters"
        >
          Clear
        </button>
      )}
    </search>
  );
}
