import { type FormEvent, useState } from 'react';
import type { Product } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';

export interface ProductFields {
  key: string;
  name: string;
  description: string;
  visibility: 'workspace' | 'members';
}

/** A product's key (when new), name, description and who may see it. */
export function ProductForm({
  product,
  isSaving,
  error,
  onSave,
  onCancel,
}: {
  product?: Product;
  isSaving: boolean;
  error: unknown;
  onSave: (fields: ProductFields) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<ProductFields>({
    key: product?.key ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    visibility: product?.visibility ?? 'workspace',
  });
  const problems = fieldErrors(error, ['key', 'name', 'description', 'visibility']);
  const change = (patch: Partial<ProductFields>) => setFields({ ...fields, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...fields, key: fields.key.trim().toUpperCase(), name: fields.name.trim() });
  };
  return (
    <form className="team-form" onSubmit={submit} data-testid="product-form">
      {!product && (
        <label className="field">
          <span>Key</span>
          <input
            value={fields.key}
            required
            maxLength={10}
            pattern="[A-Za-z][A-Za-z0-9]{1,9}"
            title="2 to 10 letters or digits, starting with a letter, like PAY"
            onChange={(event) => change({ key: event.target.value.toUpperCase() })}
            aria-describedby={problems.byField.key ? 'product-key-error' : 'product-key-hint'}
            aria-invalid={problems.byField.key ? true : undefined}
            data-testid="product-key"
          />
          <small id="product-key-hint" className="muted">
            Begins every item’s key (PAY-1); it cannot change later.
          </small>
          <FieldError id="product-key-error" message={problems.byField.key} />
        </label>
      )}
      <label className="field">
        <span>Name</span>
        <input
          value={fields.name}
          required
          maxLength={limits.productNameLength}
          onChange={(event) => change({ name: event.target.value })}
          {...describedBy('product-name-error', problems.byField.name)}
          data-testid="product-name-input"
        />
        <FieldError id="product-name-error" message={problems.byField.name} />
      </label>
      <label className="field">
        <span>Description</span>
        <textarea
          value={fields.description}
          rows={2}
          maxLength={limits.textLength}
          onChange={(event) => change({ description: event.target.value })}
          data-testid="product-description"
        />
      </label>
      <label className="field">
        <span>Who can see it</span>
        <select
          value={fields.visibility}
          onChange={(event) => change({ visibility: event.target.value as ProductFields['visibility'] })}
          data-testid="product-visibility"
        >
          <option value="workspace">Everyone in the workspace (as viewers, unless given a role)</option>
          <option value="members">Its members only</option>
        </select>
      </label>
      <ErrorText message={problems.other} testId="product-form-error" />
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={isSaving}
          data-testid="product-save"
        >
          {isSaving ? 'Saving…' : product ? 'Save product' : 'Create product'}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
