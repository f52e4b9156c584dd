import { Link } from 'react-router';
import { itemPath } from '../app.tsx';
import type { Insights } from '../sprints/sprints-api.ts';

/** Shipped this quarter, in progress, on hold and why: the state of the product at a glance. */
export function Glance({ glance }: { glance: Insights['glance'] }) {
  return (
    <section className="glance" aria-label="At a glance" data-testid="glance">
      <div className="card glance-figure">
        <span className="glance-label">Shipped this quarter</span>
        <strong className="glance-number" data-testid="glance-shipped">
          {glance.shippedThisQuarter}
        </strong>
      </div>
      <div className="card glance-figure">
        <span className="glance-label">In progress</span>
        <strong className="glance-number" data-testid="glance-in-progress">
          {glance.inProgress}
        </strong>
      </div>
      <div className="card glance-figure glance-hold">
        <span className="glance-label">On hold</span>
        <strong className="glance-number" data-testid="glance-on-hold">
          {glance.onHold.length}
        </strong>
        {glance.onHold.length > 0 && (
          <ul className="glance-hold-list">
            {glance.onHold.map((item) => (
              <li key={item.key}>
                <Link to={itemPath(item.key)} className="item-key">
                  {item.key}
                </Link>{' '}
                <span className="glance-hold-title">{item.title}</span>
                <span className="glance-hold-reason">{item.reason ?? 'No reason given'}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
