import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ApiToken } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { timeAgo } from '../format-time.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { OneTimeSecret } from '../ui/one-time-secret.tsx';
import { TimeAgo } from '../ui/time-ago.tsx';
import { useToast } from '../ui/toasts.tsx';

const lifetimes = [
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
  { label: 'No expiry (until revoked)', days: 0 },
];

/** Tokens for scripts and the `ordo` command: created with a name and an expiry, shown once. */
export function ApiTokens() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: client.listTokens });
  const [name, setName] = useState('');
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const create = useMutation({
    mutationFn: () =>
      client.createToken(
        name.trim(),
        days ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined,
      ),
    onSuccess: (token) => {
      setSecret({ name: token.name, token: token.token });
      setName('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => client.revokeToken(token.id),
    onSuccess: (_, token) => {
      toast(`Revoked “${token.name}”: it stopped working`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="team-card" data-testid="api-tokens">
      <h2>API tokens</h2>
      <p className="muted">
        A token acts as you, for scripts and the <code>ordo</code> command (set it as <code>ORDO_TOKEN</code>,
        with <code>ORDO_URL</code>). Anyone holding it can do what you can: keep it secret, revoke it when it
        is no longer needed.
      </p>
      {secret && (
        <OneTimeSecret
          secret={secret.token}
          copyLabel="Copy token"
          onDone={() => setSecret(null)}
          testIds={{ box: 'token-secret', text: 'token-text', copy: 'copy-token' }}
        >
          Your new token “{secret.name}”. Copy it now: Ordo keeps only a fingerprint and cannot show it again.
        </OneTimeSecret>
      )}
      <form className="team-form-row" onSubmit={submit}>
        <label className="field">
          <span>Name</span>
          <input
            value={name}
            required
            maxLength={100}
            placeholder="Release script"
            onChange={(event) => setName(event.target.value)}
            data-testid="token-name"
          />
        </label>
        <label className="field">
          <span>Expires after</span>
          <select
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
            data-testid="token-expiry"
          >
            {lifetimes.map((lifetime) => (
              <option key={lifetime.days} value={lifetime.days}>
                {lifetime.label}
              </option>
            ))}
          </select>
        </label>
        <div className="team-form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending}
            data-testid="token-create"
          >
            Create token
          </button>
        </div>
      </form>
      <ErrorText message={create.error ? errorMessage(create.error) : null} />
      {tokens.isError && <ErrorText message={errorMessage(tokens.error)} />}
      {tokens.data && tokens.data.data.length > 0 && (
        <table className="team-table" data-testid="token-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.data.map((token) => (
              <tr key={token.id} data-testid={`token-${token.name}`}>
                <td>{token.name}</td>
                <td>
                  <TimeAgo at={token.createdAt} />
                </td>
                <td>
                  {token.lastUsedAt ? (
                    <TimeAgo at={token.lastUsedAt} />
                  ) : (
                    <span className="muted">never</span>
                  )}
                </td>
                <td>{tokenState(token)}</td>
                <td className="team-row-actions">
                  {!token.revokedAt && !isExpired(token) && (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(token)}
                      data-testid="token-revoke"
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const isExpired = (token: ApiToken) => token.expiresAt !== null && new Date(token.expiresAt) <= new Date();

function tokenState(token: ApiToken) {
  if (token.revokedAt) return <span className="muted">revoked {timeAgo(token.revokedAt)}</span>;
  if (!token.expiresAt) return 'never';
  if (isExpired(token)) return <span className="muted">expired</span>;
  return <TimeAgo at={token.expiresAt} />;
}
