import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { ArchiveDialog, archiveReasonChoices } from './archive-dialog.tsx';

/**
 * An archived item says why and since when, and those who may archive restore it to its place;
 * an item in the backlog can be archived here with a reason.
 */
export function ArchiveControls({ item, mayArchive }: { item: ItemDetail; mayArchive: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [archiving, setArchiving] = useState(false);
  const restore = useMutation({
    mutationFn: () => client.restoreItem(item.key),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(item.productKey) });
      toast(`Restored ${item.key} to its place in the backlog`);
    },
  });
  if (item.archivedAt) {
    const reason = archiveReasonChoices.find((choice) => choice.value === item.archiveReason)?.label;
    return (
      <div className="archived-notice" role="status" data-testid="archived-notice">
        <p>
          Archived{' '}
          <time dateTime={item.archivedAt} title={formatDateTime(item.archivedAt)}>
            {timeAgo(item.archivedAt)}
          </time>
          {reason ? ` · ${reason}` : ''}. It is out of the backlog and its history is kept.
        </p>
        {mayArchive && (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={restore.isPending}
            onClick={() => restore.mutate()}
            data-testid="restore-item"
          >
            {restore.isPending ? 'Restoring…' : 'Restore to its place'}
          </button>
        )}
        <ErrorText message={restore.isError ? errorMessage(restore.error) : null} />
      </div>
    );
  }
  if (!mayArchive) return null;
  return (
    <>
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={() => setArchiving(true)}
        data-testid="archive-item"
      >
        Archive…
      </button>
      {archiving && (
        <ArchiveDialog
          item={item}
          productKey={item.productKey}
          onClose={() => setArchiving(false)}
          onArchived={() => {
            setArchiving(false);
            toast(`Archived ${item.key}`);
          }}
        />
      )}
    </>
  );
}
