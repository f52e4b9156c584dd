import { type ReactNode, useEffect, useRef } from 'react';
import { CopyButton } from '../ui/copy-button.tsx';

interface AcknowledgementProps {
  requestKey: string;
  title: string;
  statusUrl: string;
  /** What the person can do next (ask again, go back). */
  children?: ReactNode;
}

/** "We hear you, it's logged": shown the moment a request is in, with the link to follow it. */
export function Acknowledgement({ requestKey, title, statusUrl, children }: AcknowledgementProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: the focus goes to what replaced it, so screen readers read it out.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="acknowledgement"
      aria-labelledby="acknowledgement-heading"
      data-testid="acknowledgement"
    >
      <div className="acknowledgement-mark">
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <path
            d="M5 10.5l3.2 3.2L15 7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </div>
      <h2 id="acknowledgement-heading" ref={heading} tabIndex={-1}>
        We hear you, it’s logged
      </h2>
      <p>
        Your request <strong>“{title}”</strong> (<span data-testid="acknowledgement-key">{requestKey}</span>)
        is in the product team’s triage inbox. They decide whether it goes into the backlog, and you will hear
        what they decide. We cannot promise a date.
      </p>
      <div className="status-link">
        <span className="field-label">Follow it here</span>
        <div className="status-link-row">
          <a href={statusUrl} data-testid="status-link">
            {statusUrl}
          </a>
          <CopyButton text={statusUrl} />
        </div>
        <small className="muted">
          Keep this link: anyone who has it can see this request and answer questions about it.
        </small>
      </div>
      {children && <div className="acknowledgement-actions">{children}</div>}
    </section>
  );
}
