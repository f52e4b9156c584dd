import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api.ts';
import { backlogPath } from '../app.tsx';
import { Acknowledgement } from '../intake/acknowledgement.tsx';
import { IntakeForm } from '../intake/intake-form.tsx';
import { mayRequest } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';

interface Submitted {
  key: string;
  title: string;
  statusUrl: string;
}

/** "Ask for something": a request to the product's triage inbox, acknowledged at once. */
export function IntakePage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  // A new form each time: nothing of the last request stays in it.
  const [formRound, setFormRound] = useState(0);

  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  if (!product.data) return <p className="muted">Loading…</p>;
  const role = product.data.role;

  return (
    <section className="intake-page" aria-labelledby="intake-heading">
      <div className="page-heading">
        <h1 id="intake-heading">Ask for something</h1>
      </div>
      {!mayRequest(role) ? (
        <p className="muted" data-testid="intake-not-allowed">
          You can read this product’s backlog but not send it requests. Its owner can change your role.
        </p>
      ) : submitted ? (
        <Acknowledgement requestKey={submitted.key} title={submitted.title} statusUrl={submitted.statusUrl}>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSubmitted(null);
              setFormRound((round) => round + 1);
            }}
            data-testid="ask-again"
          >
            Ask for something else
          </button>
          <Link to={backlogPath(productKey)} className="button button-ghost">
            Back to the backlog
          </Link>
        </Acknowledgement>
      ) : (
        <>
          <p className="muted page-lead">
            Tell the {product.data.name} team what you need and why. Your request goes to their triage inbox,
            and you can follow what they decide.
          </p>
          <IntakeForm key={formRound} productKey={productKey} role={role} onSubmitted={setSubmitted} />
        </>
      )}
    </section>
  );
}
