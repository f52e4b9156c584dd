import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../domain/item.ts';
import { requestLimits } from '../../domain/request.ts';
import { client } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';
import {
  emptyPublicRequestForm,
  type PublicRequestForm as FormState,
  publicRequestFields,
  publicRequestPayload,
} from './public-request-payload.ts';

interface PublicRequestFormProps {
  productKey: string;
  onSubmitted: (submitted: { key: string; title: string; statusUrl: string }) => void;
}

/** Name, email and the request; a hidden `website` field catches robots, who fill in everything. */
export function PublicRequestForm({ productKey, onSubmitted }: PublicRequestFormProps) {
  const [form, setForm] = useState<FormState>(emptyPublicRequestForm);
  const submit = useMutation({
    mutationFn: () => client.submitPublicRequest(productKey, publicRequestPayload(form)),
    onSuccess: ({ key, statusUrl }) => onSubmitted({ key, title: form.title.trim(), statusUrl }),
  });
  const errors = fieldErrors(submit.error, publicRequestFields);
  const field = (name: keyof FormState) => ({
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [name]: event.target.value })),
    'data-testid': `public-${name}`,
    ...describedBy(`public-${name}-error`, errors.byField[name]),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!submit.isPending) submit.mutate();
  };
  return (
    <form className="public-form" onSubmit={onSubmit} data-testid="public-form">
      <div className="public-form-row">
        <label className="field">
          <span>Your name</span>
          <input {...field('name')} required maxLength={requestLimits.nameLength} autoComplete="name" />
          <FieldError id="public-name-error" message={errors.byField.name} />
        </label>
        <label className="field">
          <span>Your email</span>
          <input
            {...field('email')}
            type="email"
            required
            maxLength={limits.emailLength}
            autoComplete="email"
          />
          <FieldError id="public-email-error" message={errors.byField.email} />
        </label>
      </div>
      <label className="field">
        <span>What do you need?</span>
        <input
          {...field('title')}
          required
          maxLength={requestLimits.titleLength}
          autoComplete="off"
          placeholder="In a line"
        />
        <FieldError id="public-title-error" message={errors.byField.title} />
      </label>
      <label className="field">
        <span>The problem, in your words</span>
        <textarea
          {...field('problem')}
          rows={6}
          maxLength={requestLimits.problemLength}
          placeholder="What happens, when, and what it costs you."
        />
        <FieldError id="public-problem-error" message={errors.byField.problem} />
      </label>
      {/* A trap for robots: hidden from people and from screen readers, never focused. */}
      <div className="visually-hidden" aria-hidden="true" data-testid="honeypot">
        <label>
          Website
          <input
            type="text"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={form.website}
            onChange={(event) => setForm((current) => ({ ...current, website: event.target.value }))}
          />
        </label>
      </div>
      <ErrorText message={errors.other} testId="public-error" />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={submit.isPending}
          data-testid="public-submit"
        >
          {submit.isPending ? 'Sending…' : 'Send request'}
        </button>
        <span className="muted">We use your email only to tell you about this request.</span>
      </div>
    </form>
  );
}
