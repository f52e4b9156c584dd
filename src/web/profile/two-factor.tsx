import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Profile } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';

/**
 * Two-factor sign-in: set up with an authenticator app (a QR code, or the secret typed in),
 * proven by a first code; recovery codes shown once; turned off with the password.
 */
export function TwoFactor({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.profile });
    void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
  return (
    <div className="team-card" data-testid="two-factor">
      <h2>Two-factor sign-in</h2>
      {recoveryCodes && <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />}
      {profile.hasTwoFactor ? (
        <TwoFactorOn profile={profile} onNewCodes={setRecoveryCodes} onOff={refresh} />
      ) : (
        <TwoFactorSetUp
          onOn={(codes) => {
            setRecoveryCodes(codes);
            refresh();
          }}
        />
      )}
    </div>
  );
}

function TwoFactorSetUp({ onOn }: { onOn: (recoveryCodes: string[]) => void }) {
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const start = useMutation({ mutationFn: client.startTwoFactor });
  const confirm = useMutation({
    mutationFn: () => client.confirmTwoFactor(code.trim(), password),
    onSuccess: ({ recoveryCodes }) => {
      start.reset();
      setCode('');
      onOn(recoveryCodes);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  if (!start.data) {
    return (
      <>
        <p className="muted">
          Off. With it on, signing in asks for a code from an authenticator app on your phone as well as your
          password.
        </p>
        <ErrorText message={start.error ? errorMessage(start.error) : null} />
        <div className="team-form-actions">
          <button
            type="button"
            className="button"
            disabled={start.isPending}
            onClick={() => start.mutate()}
            data-testid="two-factor-start"
          >
            Set up two-factor sign-in
          </button>
        </div>
      </>
    );
  }
  return (
    <form className="two-factor-setup" onSubmit={submit}>
      <img
        className="two-factor-qr"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
        alt="QR code for your authenticator app"
        width={180}
        height={180}
      />
      <div className="team-panel">
        <p>Scan the code with your authenticator app, or type this secret into it:</p>
        <code className="team-link-text" data-testid="two-factor-secret">
          {start.data.secret}
        </code>
        <label className="field">
          <span>Then the 6-digit code it shows</span>
          <input
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
            data-testid="two-factor-code"
          />
        </label>
        <label className="field">
          <span>Your password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="two-factor-password"
          />
        </label>
        <ErrorText message={confirm.error ? errorMessage(confirm.error) : null} />
        <div className="team-form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={confirm.isPending}
            data-testid="two-factor-confirm"
          >
            Turn on
          </button>
        </div>
      </div>
    </form>
  );
}

function TwoFactorOn({
  profile,
  onNewCodes,
  onOff,
}: {
  profile: Profile;
  onNewCodes: (codes: string[]) => void;
  onOff: () => void;
}) {
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const turnOff = useMutation({
    mutationFn: () => client.turnOffTwoFactor(password),
    onSuccess: () => {
      toast('Two-factor sign-in is off');
      onOff();
    },
  });
  const renew = useMutation({
    mutationFn: () => client.newRecoveryCodes(code.trim()),
    onSuccess: ({ recoveryCodes }) => {
      setCode('');
      onNewCodes(recoveryCodes);
    },
  });
  return (
    <>
      <p data-testid="two-factor-on">
        On. {profile.recoveryCodesLeft} recovery code{profile.recoveryCodesLeft === 1 ? '' : 's'} left for
        when your phone is not at hand.
      </p>
      <form
        className="team-form-row"
        onSubmit={(event) => {
          event.preventDefault();
          renew.mutate();
        }}
      >
        <label className="field">
          <span>A code from your app, for new recovery codes</span>
          <input
            inputMode="numeric"
            maxLength={6}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </label>
        <div className="team-form-actions">
          <button type="submit" className="button" disabled={renew.isPending}>
            New recovery codes
          </button>
        </div>
      </form>
      <ErrorText message={renew.error ? errorMessage(renew.error) : null} />
      <form
        className="team-form-row"
        onSubmit={(event) => {
          event.preventDefault();
          turnOff.mutate();
        }}
      >
        <label className="field">
          <span>Your password, to turn it off</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <div className="team-form-actions">
          <button type="submit" className="button" disabled={turnOff.isPending}>
            Turn off
          </button>
        </div>
      </form>
      <ErrorText message={turnOff.error ? errorMessage(turnOff.error) : null} />
    </>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="notice team-token-secret" role="status" data-testid="recovery-codes">
      <p>
        Your recovery codes: each signs you in once when your phone is not at hand. Keep them somewhere safe
        now — they are not shown again.
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="team-form-actions">
        <CopyButton text={codes.join('\n')} label="Copy codes" />
        <button type="button" className="button button-small button-ghost" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
