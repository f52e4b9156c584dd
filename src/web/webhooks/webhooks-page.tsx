import { useParams } from 'react-router';
import { AdminFrame } from '../admin/admin-frame.tsx';
import { errorMessage } from '../api.ts';
import { mayManageWebhooks } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { WebhooksPanel } from './webhooks-panel.tsx';
import '../styles/team.css';

/** A product's webhooks, for its owners and admins. */
export function ProductWebhooksPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  if (!product.data) return <p className="muted">Loading…</p>;
  return (
    <section className="team-page" aria-labelledby="webhooks-heading">
      <div className="page-heading">
        <h1 id="webhooks-heading">Webhooks</h1>
        <span className="muted">{product.data.name}</span>
      </div>
      {mayManageWebhooks(product.data.role) ? (
        <WebhooksPanel productKey={productKey} />
      ) : (
        <p className="notice" data-testid="webhooks-owners-only">
          A product’s webhooks are for its owners (and workspace admins).
        </p>
      )}
    </section>
  );
}

/** Administration › Webhooks: the whole workspace's, for its admins. */
export function AdminWebhooksPage() {
  return (
    <AdminFrame>
      <WebhooksPanel />
    </AdminFrame>
  );
}
