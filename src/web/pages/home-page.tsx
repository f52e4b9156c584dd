import { Link, Navigate } from 'react-router';
import { errorMessage } from '../api.ts';
import { backlogPath } from '../app.tsx';
import { useProducts } from '../products/use-products.ts';
import { useMe } from '../session/use-me.ts';
import { adminPeoplePath, adminProductsPath } from '../team-paths.ts';
import { ErrorText } from '../ui/error-text.tsx';

/** Straight to the first product's backlog; without any product, says what to do. */
export function HomePage() {
  const products = useProducts();
  const me = useMe();
  if (products.isPending) return <p className="muted">Loading your products…</p>;
  if (products.isError) return <ErrorText message={errorMessage(products.error)} />;
  const [first] = products.data.data;
  if (first) return <Navigate to={backlogPath(first.key)} replace />;
  return (
    <section className="empty-state">
      <h1>No products yet</h1>
      {me.data?.isAdmin ? (
        <>
          <p className="muted">
            Set up your team: create the first product, then invite its people and give them their roles.
          </p>
          <p>
            <Link className="button button-primary" to={adminProductsPath} data-testid="start-admin">
              Create a product
            </Link>{' '}
            <Link className="button" to={adminPeoplePath}>
              Invite people
            </Link>
          </p>
        </>
      ) : (
        <p className="muted">
          You are not a member of any product yet. Ask a workspace administrator to add you to one.
        </p>
      )}
    </section>
  );
}
