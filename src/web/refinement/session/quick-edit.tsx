import { errorMessage } from '../../api.ts';
import { AcceptanceCriteria } from '../../items/acceptance-criteria.tsx';
import { ItemProperties } from '../../items/item-properties.tsx';
import { ItemTextFields } from '../../items/item-text-fields.tsx';
import { useItem } from '../../items/use-item.ts';
import { mayEdit } from '../../permissions.ts';
import { ErrorText } from '../../ui/error-text.tsx';

/**
 * The item's own editable fields, the same as on its page, inside the session: make it ready
 * without leaving the room. One open at a time (the fields' ids are the item page's).
 */
export function QuickEdit({ itemKey }: { itemKey: string }) {
  const item = useItem(itemKey);
  if (item.isPending) return <p className="muted">Loading {itemKey}…</p>;
  if (item.isError) return <ErrorText message={errorMessage(item.error)} />;
  const detail = item.data;
  const canEdit = mayEdit(detail.viewer.role, detail.viewer.isCreator);
  return (
    <div className="quick-edit" data-testid="quick-edit">
      <div className="quick-edit-main">
        <ItemTextFields item={detail} canEdit={canEdit} />
        <AcceptanceCriteria item={detail} canEdit={canEdit} />
      </div>
      <aside className="quick-edit-side" aria-label={`Properties of ${itemKey}`}>
        <ItemProperties item={detail} canEdit={canEdit} />
      </aside>
    </div>
  );
}
