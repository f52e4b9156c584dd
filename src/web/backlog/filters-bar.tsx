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
import { type BacklogFilters, hasFilters, type StatusChoice } from './backlog-filters.ts';

interface FiltersBarProps {
  filters: BacklogFilters;
  onChange: (change: Partial<BacklogFilters> | null) => void;
}

/** Type, status, source, tag and full-text search; every choice goes to the URL. */
export function FiltersBar({ filters, onChange }: FiltersBarProps) {
  const [q, setQ] = useDebouncedText(filters.q, (text) => onChange({ q: text }));
  const [tag, setTag] = useDebouncedText(filters.tag, (text) => onChange({ tag: text }), 300);
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
