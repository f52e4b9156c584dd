import type { ReactNode } from 'react';
import { CopyButton } from './copy-button.tsx';

interface OneTimeSecretProps {
  /** What the secret is, and that it will not be shown again. */
  children: ReactNode;
  secret: string;
  copyLabel: string;
  onDone: () => void;
  doneLabel?: string;
  testIds: { box: string; text: string; copy: string };
}

/** A secret the server shows this once (an API token, a webhook's signing secret), to copy now. */
export function OneTimeSecret({
  children,
  secret,
  copyLabel,
  onDone,
  doneLabel = 'Done',
  testIds,
}: OneTimeSecretProps) {
  return (
    <div className="notice team-token-secret" role="status" data-testid={testIds.box}>
      <p>{children}</p>
      <code className="team-link-text" data-testid={testIds.text}>
        {secret}
      </code>
      <div className="team-form-actions">
        <CopyButton text={secret} label={copyLabel} testId={testIds.copy} />
        <button type="button" className="button button-small button-ghost" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  );
}
