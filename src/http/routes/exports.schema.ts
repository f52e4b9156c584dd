import { z } from 'zod';
import { backlogColumns, backlogExportFormats, defaultBacklogColumns } from '../../domain/export.ts';
import { queryList } from '../fields.ts';
import { listItemsQuery } from './items.schema.ts';

/** The backlog's export: the list's filters and order, and what to write. */
export const exportBacklogQuery = listItemsQuery.omit({ cursor: true, limit: true }).extend({
  format: z.enum(backlogExportFormats).default('csv'),
  columns: queryList(z.enum(backlogColumns)).describe(
    `Comma-separated, in the order wanted; default ${defaultBacklogColumns.join(',')}`,
  ),
  bom: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: a UTF-8 byte-order mark first, for Excel (CSV)'),
});
