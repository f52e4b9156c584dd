import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { limits } from '../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** First run: names the workspace and creates its first admin, then signs them in. */
export function FirstRunForm({ onSignedIn }: { onSignedIn: () => void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ workspaceName: '', name: '', email: '', password: '' });
  const setUp = useMutation({
    mutationFn: async () => {
      const input = {
        ...form,
        workspaceName: form.workspaceName.trim(),
        name: form.name.trim(),
        email: form.email.trim(),
      };
      await client.setUp(input);
      return client.signIn(input.email, input.password);
    },
    onSuccess: ({ person }) => {
      queryClient.setQueryData(queryKeys.setup, { isSetUp: true });
      queryClient.setQueryData(queryKeys.me, person);
      onSignedIn();
    },
  });
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm((all) => ({ ...all, [name]: event.target.value })),
    required: true,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUp.mutate();
  };
  return (
    <form className="auth-form" onSubmit={submit} data-testid="first-run-form">
      <h1>Welcome to Ordo</h1>
      <p className="muted">Set up your workspace and its first administrator.</p>
      <label className="field">
        <span>Workspace name</span>
        <input {...field('workspaceName')} maxLength={limits.productNameLength} autoComplete="organization" />
      </label>
      <label className="field">
        <span>Your name</span>
        <input {...field('name')} maxLength={limits.personNameLength} autoComplete="name" />
      </label>
      <label className="field">
        <span>Email</span>
        <input {...field('email')} type="email" maxLength={limits.emailLength} autoComplete="username" />
      </label>
      <label className="field">
        <span>Password</span>
        <input
          {...field('password')}
          type="password"
          minLength={limits.passwordMinLength}
          maxLength={limits.passwordMaxLength}
          autoComplete="new-password"
          aria-describedby="password-hint"
        />
        <small id="password-hint" className="muted">
          At least {limits.passwordMinLength} characters, and not a common password: a few words make a good
          one.
        </small>
      </label>
      <ErrorText message={setUp.error ? errorMessage(setUp.error) : null} />
      <button type="submit" className="button button-primary" disabled={setUp.isPending}>
        {setUp.isPending ? 'Setting up…' : 'Create workspace'}
      </button>
    </form>
  );
}
