import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ImportedProduct } from '../../client/ordo-client.ts';
import { client, errorMessage, isApiError } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** The document in a file, or the reason it is not one (the server judges the rest). */
async function documentIn(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not JSON: export the product with “ordo export KEY --format product”`);
  }
}

/**
 * Administration › Products › Import a product: a document written by another Ordo's export,
 * under its own key or a new one when that is taken here.
 */
export function ProductImportForm({
  onImported,
  onCancel,
}: {
  onImported: (imported: ImportedProduct) => void;
  onCancel: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const run = useMutation({
    mutationFn: async (input: { file: File; key: string }) =>
      client.importProduct(await documentIn(input.file), input.key || undefined),
    onSuccess: onImported,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) run.mutate({ file, key: key.trim().toUpperCase() });
  };
  const isKeyTaken = isApiError(run.error, 409);
  return (
    <form className="team-form" onSubmit={submit} data-testid="product-import-form">
      <label className="field">
        <span>Product document</span>
        <input
          type="file"
          accept="application/json,.json"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="product-import-file"
        />
        <small className="muted">
          Written by another Ordo: the backlog’s Export › “The whole product”, or{' '}
          <code>ordo export KEY --format product</code>. People are matched by email; no account is created.
        </small>
      </label>
      <label className="field">
        <span>Key here (optional)</span>
        <input
          value={key}
          maxLength={10}
          pattern="[A-Za-z][A-Za-z0-9]{1,9}"
          title="2 to 10 letters or digits, starting with a letter, like PAY"
          onChange={(event) => setKey(event.target.value.toUpperCase())}
          aria-invalid={isKeyTaken ? true : undefined}
          data-testid="product-import-key"
        />
        <small className="muted">Leave empty to keep the document’s key.</small>
      </label>
      {run.isError && <ErrorText message={errorMessage(run.error)} />}
      <div className="team-form-actions">
        <button type="submit" className="button button-primary" disabled={!file || run.isPending}>
          {run.isPending ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
