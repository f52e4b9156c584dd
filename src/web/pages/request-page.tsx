import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { parseRequestKey } from '../../domain/request.ts';
import { client, errorMessage, isApiError, queryKeys } from '../api.ts';
import { backlogPath, triagePath } from '../app.tsx';
import { isTriagerView, type RequestResponse, statusFromResponse } from '../intake/request-response.ts';
import { StatusView } from '../public/status-view.tsx';
import { ErrorText } from '../ui/error-text.tsx';

/** A request inside the app (where notifications lead): its status, and the inbox for triagers. */
export function RequestPage() {
  const requestKey = (useParams().requestKey ?? '').toUpperCase();
  const productKey = parseRequestKey(requestKey)?.productKey;
  const request = useQuery({
    queryKey: queryKeys.request(requestKey),
    queryFn: (): Promise<RequestResponse> => client.getRequest(requestKey),
  });
  if (request.isPending) return <p className="muted">Loading {requestKey}…</p>;
  if (request.isError) {
    return (
      <section className="empty-state">
        <h1>
          {isApiError(request.error, 404) ? `${requestKey} was not found` : `Could not load ${requestKey}`}
        </h1>
        <ErrorText message={errorMessage(request.error)} />
        {productKey && <Link to={backlogPath(productKey)}>Back to the backlog</Link>}
      </section>
    );
  }
  const status = statusFromResponse(request.data);
  const isOpen = status.state === 'new' || status.state === 'needs_info';
  return (
    <section className="request-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        {productKey && <Link to={backlogPath(productKey)}>Backlog</Link>}
        <span aria-hidden="true">/</span>
        <span className="item-key">{status.key}</span>
        <span className="page-heading-spacer" />
        {productKey && isTriagerView(request.data) && isOpen && (
          <Link to={triagePath(productKey)} className="button button-small" data-testid="open-in-triage">
            Decide in the triage inbox
          </Link>
        )}
      </nav>
      <div className="request-card">
        <StatusView
          status={status}
          answer={
            status.state === 'needs_info' && !isTriagerView(request.data) ? (
              <p className="muted" data-testid="answer-by-link">
                To answer, open the status link in the message we sent you when you asked.
              </p>
            ) : undefined
          }
        />
      </div>
    </section>
  );
}
