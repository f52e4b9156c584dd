import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { client, errorMessage, isApiError, queryKeys } from '../api.ts';
import { AnswerForm } from '../public/answer-form.tsx';
import { PublicLayout } from '../public/public-layout.tsx';
import { StatusView } from '../public/status-view.tsx';
import { mayAnswer } from '../public/status-wording.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** A request's status page behind its status link: no sign-in, only what the requester may see. */
export function StatusPage() {
  const token = useParams().token ?? '';
  const status = useQuery({
    queryKey: queryKeys.requestStatus(token),
    queryFn: () => client.requestStatus(token),
  });
  const product = status.data?.product;
  return (
    <PublicLayout title={product ? `Your request to ${product}` : 'Your request'}>
      {status.isPending && <p className="muted">Loading…</p>}
      {status.isError &&
        (isApiError(status.error, 404) || isApiError(status.error, 400) ? (
          <div className="public-closed" data-testid="status-not-found">
            <h1>This link does not lead to a request</h1>
            <p className="muted">Check that you copied the whole link from the message we sent you.</p>
          </div>
        ) : (
          <ErrorText message={errorMessage(status.error)} />
        ))}
      {status.data && (
        <>
          <header className="public-header">
            <p className="public-product" data-testid="status-product">
              {status.data.product}
            </p>
          </header>
          <StatusView
            status={status.data}
            answer={mayAnswer(status.data) ? <AnswerForm token={token} /> : undefined}
          />
        </>
      )}
    </PublicLayout>
  );
}
