import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { requestLimits } from '../../domain/request.ts';
import { client, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { describedBy, FieldError } from '../ui/field-error.tsx';
import { fieldErrors } from '../ui/field-errors.ts';

/** The requester answers the team's question; the request goes back to the triage inbox. */
export function AnswerForm({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const reply = useMutation({
    mutationFn: () => client.replyToRequest(token, body.trim()),
    onSuccess: (status) => {
      setBody('');
      queryClient.setQueryData(queryKeys.requestStatus(token), status);
    },
  });
  const errors = fieldErrors(reply.error, ['body']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() && !reply.isPending) reply.mutate();
  };
  return (
    <form className="answer-form" onSubmit={submit} data-testid="answer-form">
      <label className="field">
        <span>Your answer</span>
        <textarea
          rows={4}
          value={body}
          maxLength={requestLimits.messageLength}
          onChange={(event) => setBody(event.target.value)}
          data-testid="answer-input"
          {...describedBy('answer-error', errors.byField.body)}
        />
        <FieldError id="answer-error" message={errors.byField.body} />
      </label>
      <ErrorText message={errors.other} />
      <button
        type="submit"
        className="button button-primary"
        disabled={!body.trim() || reply.isPending}
        data-testid="answer-submit"
      >
        {reply.isPending ? 'Sending…' : 'Send answer'}
      </button>
    </form>
  );
}
