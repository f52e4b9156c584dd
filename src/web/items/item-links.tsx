import { Link } from 'react-router';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { itemPath } from '../app.tsx';
import { StatusLabel } from '../ui/status-label.tsx';
import { linkLabel } from './link-label.ts';

/** Links to other items, read from this item's side ("Blocked by PAY-4"). */
export function ItemLinks({ links }: { links: ItemDetail['links'] }) {
  return (
    <section className="item-section side-section" aria-labelledby="links-heading">
      <h2 id="links-heading">Links</h2>
      {links.length === 0 ? (
        <p className="muted empty-field">No links.</p>
      ) : (
        <ul className="link-list">
          {links.map((link) => (
            <li key={`${link.direction}-${link.kind}-${link.key}`} data-testid="item-link">
              <span className="link-kind">{linkLabel(link.kind, link.direction)}</span>
              <Link to={itemPath(link.key)} className="link-target">
                <StatusLabel status={link.status} compact />
                <span className="item-key">{link.key}</span>
                <span className="link-title">{link.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
