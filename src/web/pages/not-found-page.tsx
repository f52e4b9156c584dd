import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="empty-state">
      <h1>Nothing here</h1>
      <p className="muted">
        This page does not exist. <Link to="/">Go to your products</Link>.
      </p>
    </section>
  );
}
