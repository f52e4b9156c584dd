import { useState } from 'react';
import type { ItemFilters } from '../../client/ordo-client.ts';
import {
  type BacklogColumn,
  type BacklogExportFormat,
  backlogColumns,
  defaultBacklogColumns,
} from '../../domain/export.ts';
import { client } from '../api.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface ExportDialogProps {
  productKey: string;
  /** The view's filters and order: the export holds what the list shows, in its order. */
  filters: ItemFilters;
  /** Owners and admins may also take the whole product as one document. */
  mayExportProduct: boolean;
  onClose: () => void;
}

/** Export what the backlog view shows: a format, the columns, and a byte-order mark for Excel. */
export function ExportDialog({ productKey, filters, mayExportProduct, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<BacklogExportFormat>('csv');
  const [columns, setColumns] = useState<BacklogColumn[]>([...defaultBacklogColumns]);
  const [bom, setBom] = useState(false);
  const toggle = (column: BacklogColumn, isOn: boolean) =>
    // Kept in the catalogue's order, whatever order they were ticked in.
    setColumns(backlogColumns.filter((c) => (c === column ? isOn : columns.includes(c))));
  const { cursor: _, limit: __, ...view } = filters;
  const href = client.backlogExportUrl(productKey, {
    ...view,
    format,
    columns,
    ...(format === 'csv' && bom && { bom: true }),
  });
  return (
    <ModalDialog title="Export the backlog" onClose={onClose} testId="export-dialog">
      <p className="muted">The items this view shows, with its filters and in its order.</p>
      <fieldset className="field">
        <legend>Format</legend>
        {(['csv', 'json'] as const).map((value) => (
          <label key={value} className="team-check">
            <input
              type="radio"
              name="export-format"
              value={value}
              checked={format === value}
              onChange={() => setFormat(value)}
              data-testid={`export-format-${value}`}
            />
            {value === 'csv' ? 'CSV (spreadsheets)' : 'JSON'}
          </label>
        ))}
      </fieldset>
      {format === 'csv' && (
        <label className="team-check">
          <input
            type="checkbox"
            checked={bom}
            onChange={(event) => setBom(event.target.checked)}
            data-testid="export-bom"
          />
          For Excel (a byte-order mark, so accents and emoji read right)
        </label>
      )}
      <fieldset className="field export-columns">
        <legend>Columns</legend>
        {backlogColumns.map((column) => (
          <label key={column} className="team-check">
            <input
              type="checkbox"
              checked={columns.includes(column)}
              onChange={(event) => toggle(column, event.target.checked)}
              data-testid={`export-column-${column}`}
            />
            {column}
          </label>
        ))}
      </fieldset>
      {mayExportProduct && (
        <p className="muted">
          Moving the product to another Ordo?{' '}
          <a
            href={client.productExportUrl(productKey)}
            download
            onClick={onClose}
            data-testid="export-product"
          >
            The whole product
          </a>{' '}
          as one document: every item with its comments, links and requesters, sprints, releases, refinement
          and history.
        </p>
      )}
      <div className="modal-dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        {columns.length > 0 ? (
          <a
            className="button button-primary"
            href={href}
            download
            onClick={onClose}
            data-testid="export-download"
          >
            Download
          </a>
        ) : (
          <span className="muted">Choose at least one column.</span>
        )}
      </div>
    </ModalDialog>
  );
}
