import { type FormEvent, useState } from 'react';
import type { EventKind } from '../../domain/event-kinds.ts';
import { limits } from '../../domain/item.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { KindPicker } from './kind-picker.tsx';

export interface WebhookValues {
  url: string;
  kinds: EventKind[] | null;
  description: string;
  isEnabled: boolean;
}

export const newWebhookValues: WebhookValues = { url: '', kinds: null, description: '', isEnabled: true };

const fields = ['url', 'kinds', 'description', 'isEnabled'];

/** A webhook's address, the kinds it wants, its description and whether it is on: to add or edit. */
export function WebhookForm({
  initial,
  withWorkspaceKinds,
  submitLabel,
  isBusy,
  error,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: WebhookValues;
  withWorkspaceKinds: boolean;
  submitLabel: string;
  isBusy: boolean;
  error: unknown;
  onSubmit: (values: WebhookValues) => void;
  onCancel?: () => void;
  testId: string;
}) {
  const [values, setValues] = useState(initial);
  const [kindsError, setKindsError] = useState<string>();
  const set = (change: Partial<WebhookValues>) => setValues((current) => ({ ...current, ...change }));
  const errors = fieldErrors(error, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.kinds?.length === 0) {
      setKindsError('tick at least one kind, or choose every kind');
      return;
    }
    setKindsError(undefined);
    onSubmit({ ...values, url: values.url.trim(), description: values.description.trim() });
  };
  const urlErrorId = `${testId}-url-error`;
  const kindsErrorId = `${testId}-kinds-error`;
  return (
    <form className="team-form" onSubmit={submit} data-testid={testId}>
      <label className="field">
        <span>Receiver’s address</span>
        <input
          type="url"
          value={values.url}
          required
          maxLength={limits.webhookUrlLength}
          placeholder="https://example.com/ordo-events"
          onChange={(event) => set({ url: event.target.value })}
          data-testid="webhook-url"
          {...describedBy(urlErrorId, errors.byField.url)}
        />
        <FieldError id={urlErrorId} message={errors.byField.url} />
      </label>
      <label className="field">
        <span>Description (optional)</span>
        <input
          value={values.description}
          maxLength={limits.webhookDescriptionLength}
          placeholder="What listens there"
          onChange={(event) => set({ description: event.target.value })}
          data-testid="webhook-description"
        />
        <FieldError id={`${testId}-description-error`} message={errors.byField.description} />
      </label>
      <KindPicker
        kinds={values.kinds}
        onChange={(kinds) => set({ kinds })}
        withWorkspace={withWorkspaceKinds}
      />
      <FieldError id={kindsErrorId} message={kindsError ?? errors.byField.kinds} />
      <label className="team-check">
        <input
          type="checkbox"
          checked={values.isEnabled}
          onChange={(event) => set({ isEnabled: event.target.checked })}
          data-testid="webhook-enabled"
        />
        On: send events to it
      </label>
      <ErrorText message={errors.other} testId={`${testId}-error`} />
      <div className="team-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={isBusy}
          data-testid={`${testId}-save`}
        >
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
