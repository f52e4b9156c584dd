import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { hasFilters, itemFiltersFor } from '../backlog/backlog-filters.ts';
import { BacklogList } from '../backlog/backlog-list.tsx';
import { CreateItemForm } from '../backlog/create-item-form.tsx';
import { ExportDialog } from '../backlog/export-dialog.tsx';
import { FiltersBar } from '../backlog/filters-bar.tsx';
import { useBacklogFilters } from '../backlog/use-backlog-filters.ts';
import { useBacklogItems } from '../backlog/use-backlog-items.ts';
import { useMoveItem } from '../backlog/use-move-item.ts';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { creatableTypes, mayMove } from '../permissions.ts';
import { plural } from '../plural.ts';
import { useProduct } from '../products/use-product.ts';
import { ForecastVelocity, useForecastLines } from '../sprints/forecast-line.tsx';
import { sprintBoardPath } from '../sprints/sprint-paths.ts';
import { useSprints } from '../sprints/use-sprints.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** The ranked backlog of one product: filter, create, reorder, live. */
export function BacklogPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const [filters, setFilters] = useBacklogFilters();
  const [isExporting, setIsExporting] = useState(false);
  const itemFilters = itemFiltersFor(filters);
  const items = useBacklogItems(productKey, itemFilters);
  const move = useMoveItem(productKey, itemFilters);
  const live = useLiveUpdates(productKey);
  const activeSprint = useSprints(productKey).data?.data.find((sprint) => sprint.state === 'active');
  // Sprint forecast lines, only where the list is the backlog's whole order (no filter, no other sort).
  const forecast = useForecastLines(
    productKey,
    items.data?.pages.flatMap((page) => page.data.map((row) => row.key)) ?? [],
    !hasFilters(filters),
  );

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  const role = product.data?.role;
  const types = creatableTypes(role);
  const rows = items.data?.pages.flatMap((page) => page.data) ?? [];
  // Sorted by demand the list is not the order: a drop there could not say where an item goes.
  const isByDemand = filters.sort === 'demand';

  return (
    <section className="backlog-page" aria-labelledby="backlog-heading">
      <div className="page-heading">
        <h1 id="backlog-heading">Backlog</h1>
        <span className="muted count" data-testid="row-count">
          {items.data ? (items.hasNextPage ? `${rows.length}+ items` : plural(rows.length, 'item')) : ''}
        </span>
        {forecast.forecast && <ForecastVelocity forecast={forecast.forecast} />}
        <span className="page-heading-spacer" />
        <button
          type="button"
          className="button button-small"
          onClick={() => setIsExporting(true)}
          data-testid="export-backlog"
        >
          Export
        </button>
        <LiveIndicator state={live} />
      </div>
      {isExporting && (
        <ExportDialog
          productKey={productKey}
          filters={itemFilters}
          mayExportProduct={role === 'owner' || role === 'admin'}
          onClose={() => setIsExporting(false)}
        />
      )}
      <FiltersBar filters={filters} onChange={setFilters} />
      {activeSprint && (
        <p className="muted list-note" data-testid="sprint-pointer">
          What the team committed to in {activeSprint.name} is on{' '}
          <Link to={sprintBoardPath(productKey, activeSprint.id)}>its board</Link>, not in this list.
        </p>
      )}
      {isByDemand && (
        <p className="muted list-note" data-testid="sorted-by-demand">
          Most asked for first. The backlog’s order is unchanged: turn this off to reorder.
        </p>
      )}
      {types.length > 0 && <CreateItemForm productKey={productKey} types={types} />}
      {items.isError && <ErrorText message={errorMessage(items.error)} />}
      {items.isPending && <p className="muted list-placeholder">Loading the backlog…</p>}
      {items.data && rows.length === 0 && (
        <p className="muted list-placeholder" data-testid="empty-backlog">
          No items match these filters.
        </p>
      )}
      {rows.length > 0 && (
        <div
          className={items.isPlaceholderData ? 'is-refreshing' : undefined}
          aria-busy={items.isPlaceholderData}
        >
          <BacklogList
            items={rows}
            canMove={mayMove(role) && !isByDemand && filters.status !== 'archived'}
            isRefreshing={items.isPlaceholderData}
            isWholeBacklog={!hasFilters(filters)}
            onMove={move.mutate}
            renderAfter={forecast.renderAfter}
          />
        </div>
      )}
      {items.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button"
            onClick={() => void items.fetchNextPage()}
            disabled={items.isFetchingNextPage}
            data-testid="load-more"
          >
            {items.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}
