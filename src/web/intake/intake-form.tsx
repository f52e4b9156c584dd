import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ItemSource, itemSourceLabels, itemSources } from '../../domain/item.ts';
import type { Role } from '../../domain/permissions.ts';
import { requestLimits, type Urgency, urgencies } from '../../domain/request.ts';
import { client, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import { useDebouncedText } from '../ui/use-debounced-text.ts';
import { DuplicateList } from './duplicate-list.tsx';
import {
  asksCommercialImpact,
  emptyIntakeForm,
  type IntakeForm as IntakeFormState,
  intakeFields,
  requestPayload,
} from './request-payload.ts';
import { useDuplicates } from './use-duplicates.ts';

/** How long typing pauses before the suggestions are looked up. */
const suggestAfterMs = 250;

interface IntakeFormProps {
  productKey: string;
  role: Role | undefined;
  onSubmitted: (submitted: { key: string; title: string; statusUrl: string }) => void;
}

/** A request in the asker's words; likely duplicates show as they type. */
export function IntakeForm({ productKey, role, onSubmitted }: IntakeFormProps) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<IntakeFormState>(() => emptyIntakeForm(role));
  // Title and problem are looked up a moment after typing stops.
  const [typed, setTyped] = useState({ title: '', problem: '' });
  const [title, setTitle] = useDebouncedText(
    typed.title,
    (text) => setTyped((t) => ({ ...t, title: text })),
    suggestAfterMs,
  );
  const [problem, setProblem] = useDebouncedText(
    typed.problem,
    (text) => setTyped((t) => ({ ...t, problem: text })),
    suggestAfterMs,
  );
  const duplicates = useDuplicates(productKey, typed.title, typed.problem);
  const submit = useMutation({
    mutationFn: () => client.submitRequest(productKey, requestPayload({ ...form, title, problem })),
    onSuccess: ({ request, statusUrl }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.triageInbox(productKey) });
      onSubmitted({ key: request.key, title: request.title, statusUrl });
    },
  });
  const errors = fieldErrors(submit.error, intakeFields);
  const change = (patch: Partial<IntakeFormState>) => setForm((current) => ({ ...current, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() && !submit.isPending) submit.mutate();
  };
  const suggestions = duplicates.data ?? [];

  return (
    <div className="intake-layout">
      <form className="intake-form" onSubmit={onSubmit} noValidate data-testid="intake-form">
        <label className="field">
          <span>What do you need?</span>
          <input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={requestLimits.titleLength}
            required
            autoComplete="off"
            placeholder="In a line, e.g. “Clients can pay invoices by PayPal”"
            data-testid="intake-title"
            {...describedBy('intake-title-error', errors.byField.title)}
          />
          <FieldError id="intake-title-error" message={errors.byField.title} />
        </label>
        <label className="field">
          <span>The problem, in your words</span>
          <textarea
            rows={5}
            value={problem}
            onChange={(event) => setProblem(event.target.value)}
            maxLength={requestLimits.problemLength}
            placeholder="Who runs into it, when, and what it costs them. No need to suggest a solution."
            data-testid="intake-problem"
            {...describedBy('intake-problem-error', errors.byField.problem)}
          />
          <FieldError id="intake-problem-error" message={errors.byField.problem} />
        </label>
        <label className="field">
          <span>Who is asking?</span>
          <select
            value={form.source}
            onChange={(event) => change({ source: event.target.value as ItemSource })}
            data-testid="intake-source"
            {...describedBy('intake-source-error', errors.byField.source)}
          >
            {itemSources.map((source) => (
              <option key={source} value={source}>
                {itemSourceLabels[source]}
              </option>
            ))}
          </select>
          <FieldError id="intake-source-error" message={errors.byField.source} />
        </label>
        {asksCommercialImpact(form.source) && (
          <fieldset className="commercial-impact" data-testid="commercial-impact">
            <legend>Commercial impact</legend>
            <div className="commercial-fields">
              <label className="field">
                <span>Accounts affected</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={requestLimits.accountsMax}
                  step={1}
                  value={form.accountsAffected}
                  onChange={(event) => change({ accountsAffected: event.target.value })}
                  data-testid="intake-accounts"
                  {...describedBy('intake-accounts-error', errors.byField.accountsAffected)}
                />
                <FieldError id="intake-accounts-error" message={errors.byField.accountsAffected} />
              </label>
              <label className="field">
                <span>Deal value (€)</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={requestLimits.dealValueMax}
                  step={1}
                  value={form.dealValue}
                  onChange={(event) => change({ dealValue: event.target.value })}
                  data-testid="intake-deal-value"
                  {...describedBy('intake-deal-value-error', errors.byField.dealValue)}
                />
                <FieldError id="intake-deal-value-error" message={errors.byField.dealValue} />
              </label>
              <label className="field">
                <span>Urgency</span>
                <select
                  value={form.urgency}
                  onChange={(event) => change({ urgency: event.target.value as Urgency | '' })}
                  data-testid="intake-urgency"
                  {...describedBy('intake-urgency-error', errors.byField.urgency)}
                >
                  <option value="">Not said</option>
                  {urgencies.map((urgency) => (
                    <option key={urgency} value={urgency}>
                      {urgency.charAt(0).toUpperCase() + urgency.slice(1)}
                    </option>
                  ))}
                </select>
                <FieldError id="intake-urgency-error" message={errors.byField.urgency} />
              </label>
            </div>
          </fieldset>
        )}
        <ErrorText message={errors.other} testId="intake-error" />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={!title.trim() || submit.isPending}
            data-testid="intake-submit"
          >
            {submit.isPending ? 'Sending…' : suggestions.length > 0 ? 'Send anyway' : 'Send request'}
          </button>
          <span className="muted">
            It goes to the product team’s triage inbox, not straight into the backlog.
          </span>
        </div>
      </form>
      <aside
        className="looks-like"
        aria-labelledby="looks-like-heading"
        aria-live="polite"
        data-testid="looks-like"
      >
        {suggestions.length > 0 ? (
          <>
            <h2 id="looks-like-heading">Looks like…</h2>
            <p className="muted">
              These may be the same ask. If one is, the team can count you in; you can still send yours.
            </p>
            <DuplicateList suggestions={suggestions} opensNewTab />
          </>
        ) : (
          <>
            <h2 id="looks-like-heading" className="visually-hidden">
              Looks like…
            </h2>
            <p className="muted looks-like-empty">
              {duplicates.isFetching
                ? 'Looking for similar requests…'
                : 'As you type, items and requests that look like yours show here.'}
            </p>
          </>
        )}
      </aside>
    </div>
  );
}
