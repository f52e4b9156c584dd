import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { client, errorMessage, isApiError, queryKeys } from '../api.ts';
import { Acknowledgement } from '../intake/acknowledgement.tsx';
import { PublicLayout } from '../public/public-layout.tsx';
import { PublicRequestForm } from '../public/public-request-form.tsx';
import { ErrorText } from '../ui/error-text.tsx';

/** A product's public intake form, for anyone: no account, no suggestions (they would show internal titles). */
export function PublicFormPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const form = useQuery({
    queryKey: queryKeys.publicForm(productKey),
    queryFn: () => client.publicForm(productKey),
  });
  const [submitted, setSubmitted] = useState<{ key: string; title: string; statusUrl: string } | null>(null);
  const name = form.data?.name;

  return (
    <PublicLayout title={name ? `Send a request to ${name}` : 'Send a request'}>
      {form.isPending && <p className="muted">Loading…</p>}
      {form.isError &&
        (isApiError(form.error, 404) ? (
          <div className="public-closed" data-testid="public-form-closed">
            <h1>This form is closed</h1>
            <p className="muted">This product does not take requests through a public form at the moment.</p>
          </div>
        ) : (
          <ErrorText message={errorMessage(form.error)} />
        ))}
      {form.data && (
        <>
          <header className="public-header">
            <p className="public-product" data-testid="public-product">
              {form.data.name}
            </p>
            <h1>{submitted ? 'Thank you' : 'Send us a request'}</h1>
          </header>
          {submitted ? (
            <Acknowledgement
              requestKey={submitted.key}
              title={submitted.title}
              statusUrl={submitted.statusUrl}
            />
          ) : (
            <>
              <p className="muted page-lead">
                Tell the {form.data.name} team what you need and why. Every request is read; you will get a
                link to follow what they decide.
              </p>
              <PublicRequestForm productKey={productKey} onSubmitted={setSubmitted} />
            </>
          )}
        </>
      )}
    </PublicLayout>
  );
}
