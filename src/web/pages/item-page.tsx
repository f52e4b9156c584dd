import { Link, useParams } from 'react-router';
import { parseItemKey } from '../../domain/item.ts';
import { errorMessage, isApiError } from '../api.ts';
import { backlogPath } from '../app.tsx';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { AcceptanceCriteria } from '../items/acceptance-criteria.tsx';
import { ArchiveControls } from '../items/archive-controls.tsx';
import { CommentsSection } from '../items/comments-section.tsx';
import { HistoryList } from '../items/history-list.tsx';
import { ItemLinks } from '../items/item-links.tsx';
import { ItemProperties } from '../items/item-properties.tsx';
import { ItemRelease } from '../items/item-release.tsx';
import { ItemTextFields, ItemTitle } from '../items/item-text-fields.tsx';
import { RequestersList } from '../items/requesters-list.tsx';
import { useItem } from '../items/use-item.ts';
import { WatchersSection } from '../items/watchers-section.tsx';
import { LiveIndicator } from '../live/live-indicator.tsx';
import { useLiveUpdates } from '../live/use-live-updates.ts';
import { mayArchive, mayComment, mayEdit, mayPlanReleases, mayWatch } from '../permissions.ts';
import { ReadinessPanel } from '../refinement/readiness/readiness-panel.tsx';
import { ItemScoring } from '../scoring/item-scoring.tsx';
import { useMe } from '../session/use-me.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** One item with every field, edited in place, with its discussion and history; live. */
export function ItemPage() {
  const itemKey = (useParams().itemKey ?? '').toUpperCase();
  const productKey = parseItemKey(itemKey)?.productKey;
  const item = useItem(itemKey);
  const me = useMe();
  const live = useLiveUpdates(productKey);

  if (item.isPending) return <p className="muted">Loading {itemKey}…</p>;
  if (item.isError) {
    return (
      <section className="empty-state">
        <h1>{isApiError(item.error, 404) ? `${itemKey} was not found` : `Could not load ${itemKey}`}</h1>
        <ErrorText message={errorMessage(item.error)} />
        {productKey && <Link to={backlogPath(productKey)}>Back to the backlog</Link>}
      </section>
    );
  }
  const detail = item.data;
  const role = detail.viewer.role;
  // The API names the creator and watchers, not their ids: the signed-in person's name stands in.
  const myName = me.data?.name;
  // An archived item is read-only until it is restored.
  const canEdit =
    !detail.archivedAt && mayEdit(role, detail.createdBy !== null && detail.createdBy === myName);
  const isWatching = detail.watchers.some((watcher) => watcher.name === myName);

  return (
    <article className="item-page" aria-labelledby="item-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={backlogPath(detail.productKey)}>Backlog</Link>
        <span aria-hidden="true">/</span>
        <span className="item-key" id="item-heading">
          {detail.key}
        </span>
        {detail.archivedAt && <span className="role-badge">archived</span>}
        <span className="page-heading-spacer" />
        {!detail.archivedAt && <ArchiveControls item={detail} mayArchive={mayArchive(role)} />}
        <LiveIndicator state={live} />
      </nav>
      <ItemTitle item={detail} canEdit={canEdit} />
      {detail.archivedAt && <ArchiveControls item={detail} mayArchive={mayArchive(role)} />}
      <div className="item-layout">
        <div className="item-main">
          <ReadinessPanel item={detail} canEdit={canEdit} />
          <ItemTextFields item={detail} canEdit={canEdit} />
          <AcceptanceCriteria item={detail} canEdit={canEdit} />
          <ItemScoring item={detail} canEdit={canEdit} />
          <CommentsSection item={detail} canComment={mayComment(role)} />
          <HistoryList itemKey={detail.key} />
        </div>
        <aside className="item-side" aria-label="Properties">
          <ItemProperties item={detail} canEdit={canEdit} />
          <ItemRelease item={detail} mayPlan={!detail.archivedAt && mayPlanReleases(role)} />
          <RequestersList requesters={detail.requesters} />
          <ItemLinks item={detail} canEdit={canEdit} />
          <WatchersSection item={detail} isWatching={isWatching} canWatch={mayWatch(role)} />
          <p className="muted created">
            Created{detail.createdBy ? ` by ${detail.createdBy}` : ''}{' '}
            <time dateTime={detail.createdAt} title={formatDateTime(detail.createdAt)}>
              {timeAgo(detail.createdAt)}
            </time>
            . Updated{' '}
            <time dateTime={detail.updatedAt} title={formatDateTime(detail.updatedAt)}>
              {timeAgo(detail.updatedAt)}
            </time>
            .
          </p>
        </aside>
      </div>
    </article>
  );
}
