import { type FormEvent, useState } from 'react';
import { requestLimits } from '../../domain/request.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { DecisionActions } from './decision-actions.tsx';
import { useFocusFirstField } from './use-focus-first-field.ts';
import type { Decision } from './use-triage-decision.ts';

interface NoteFormProps {
  requestKey: string;
  /** Ask for more information, or decline: both are a text the requester reads. */
  decision: 'ask' | 'decline';
  isPending: boolean;
  error: string | null;
  onDecide: (decision: Decision) => void;
  onCancel: () => void;
}

const wording = {
  ask: {
    label: 'What do you need to know?',
    hint: 'The requester reads this on their status page and by email, and answers there.',
    button: 'Send question',
    pending: 'Sending…',
    max: requestLimits.messageLength,
  },
  decline: {
    label: 'Why not? (required)',
    hint: 'The requester reads this reason: say it plainly and kindly.',
    button: 'Decline',
    pending: 'Declining…',
    max: requestLimits.reasonLength,
  },
} as const;

/** Ask the requester a question, or decline with the reason they will read. */
export function NoteForm({ requestKey, decision, isPending, error, onDecide, onCancel }: NoteFormProps) {
  const ref = useFocusFirstField<HTMLFormElement>();
  const [text, setText] = useState('');
  const words = wording[decision];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onDecide(
      decision === 'ask'
        ? { decision, key: requestKey, message: text }
        : { decision, key: requestKey, reason: text },
    );
  };
  return (
    <form ref={ref} className="decision-form" onSubmit={submit} data-testid={`${decision}-form`}>
      <label className="field">
        <span>{words.label}</span>
        <textarea
          rows={3}
          value={text}
          required
          maxLength={words.max}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
          }}
          data-testid={`${decision}-text`}
        />
        <small className="muted">{words.hint}</small>
      </label>
      <ErrorText message={error} />
      <DecisionActions
        label={words.button}
        pendingLabel={words.pending}
        isPending={isPending}
        isDisabled={!text.trim()}
        isDanger={decision === 'decline'}
        onCancel={onCancel}
        testId={`${decision}-submit`}
      />
    </form>
  );
}
