import { stringify } from 'csv-stringify/sync';
import { type BacklogColumn, type BacklogExportFormat, listSeparator } from '../../domain/export.ts';
import type { RankedItem } from '../items/list-items.ts';
import { type CellValue, columnValues } from './backlog-columns.ts';

/**
 * A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first) is written with an apostrophe before it, which spreadsheets show as text (OWASP's advice
 * against CSV injection).
 */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvCell(value: CellValue): string | number {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return inert(value.join(listSeparator));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? inert(value) : value;
}

/** CSV, a page at a time: the header (after a byte-order mark for Excel, if asked) with the first. */
async function* csvChunks(
  pages: AsyncIterable<RankedItem[]>,
  columns: readonly BacklogColumn[],
  bom: boolean,
): AsyncGenerator<string> {
  let isFirst = true;
  for await (const items of pages) {
    const rows = items.map((item) => columns.map((column) => csvCell(columnValues[column](item))));
    yield stringify(rows, {
      header: isFirst,
      columns: [...columns],
      bom: isFirst && bom,
      record_delimiter: 'windows',
    });
    isFirst = false;
  }
  if (isFirst) yield stringify([], { header: true, columns: [...columns], bom, record_delimiter: 'windows' });
}

/** A JSON array of objects holding the chosen columns, written an item at a time. */
async function* jsonChunks(
  pages: AsyncIterable<RankedItem[]>,
  columns: readonly BacklogColumn[],
): AsyncGenerator<string> {
  let separator = '[\n';
  for await (const items of pages) {
    const objects = items.map((item) =>
      JSON.stringify(Object.fromEntries(columns.map((column) => [column, columnValues[column](item)]))),
    );
    if (objects.length === 0) continue;
    yield separator + objects.join(',\n');
    separator = ',\n';
  }
  yield separator === '[\n' ? '[]\n' : '\n]\n';
}

export interface BacklogFormatOptions {
  format: BacklogExportFormat;
  columns: readonly BacklogColumn[];
  /** A UTF-8 byte-order mark first, for Excel (CSV only). */
  bom?: boolean;
}

/** The export's text, a piece at a time, as the pages of items come. */
export function backlogChunks(
  pages: AsyncIterable<RankedItem[]>,
  options: BacklogFormatOptions,
): AsyncGenerator<string> {
  return options.format === 'csv'
    ? csvChunks(pages, options.columns, options.bom ?? false)
    : jsonChunks(pages, options.columns);
}
