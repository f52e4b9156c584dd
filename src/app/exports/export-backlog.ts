import { type BacklogColumn, type BacklogExportFormat, exportPageSize } from '../../domain/export.ts';
import type { Ctx } from '../context.ts';
import { type ItemPage, type ListItemsInput, listItems, type RankedItem } from '../items/list-items.ts';
import { backlogChunks } from './backlog-formats.ts';
import { type ExportFile, exportFileName, streamOf } from './export-file.ts';

export interface ExportBacklogInput extends Omit<ListItemsInput, 'cursor' | 'limit'> {
  format: BacklogExportFormat;
  columns: readonly BacklogColumn[];
  /** A UTF-8 byte-order mark first, for Excel (CSV only). */
  bom?: boolean;
}

/** The following pages of the list, each read when the one before has been written. */
async function* pagesFrom(
  ctx: Ctx,
  filters: Omit<ListItemsInput, 'cursor' | 'limit'>,
  first: ItemPage,
): AsyncGenerator<RankedItem[]> {
  yield first.items;
  let next = first.next;
  while (next) {
    const page = await listItems(ctx, { ...filters, cursor: next, limit: exportPageSize });
    yield page.items;
    next = page.next;
  }
}

/**
 * The backlog as the view shows it (`listItems`' filters and order, each page authorised as the
 * list is), as CSV or JSON, streamed: a page of items is read when the one before has been
 * written, so memory holds one page whatever the backlog's size. Each page is its own read (a
 * transaction held open for the whole download would stall the embedded database), so an item
 * moved while the export runs may appear twice or not at all.
 */
export async function exportBacklog(ctx: Ctx, input: ExportBacklogInput): Promise<ExportFile> {
  const { format, columns, bom, ...filters } = input;
  // The first page is read before anything is sent: a refusal is an answer, not a cut download.
  const first = await listItems(ctx, { ...filters, cursor: null, limit: exportPageSize });
  return {
    fileName: exportFileName(input.productKey, 'backlog', ctx.now(), format),
    mediaType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    stream: streamOf(backlogChunks(pagesFrom(ctx, filters, first), { format, columns, bom })),
  };
}
