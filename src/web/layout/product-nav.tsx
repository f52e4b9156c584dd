import { NavLink } from 'react-router';
import { backlogPath } from '../app.tsx';
import { custodianPath } from '../custodian/custodian-paths.ts';
import { mayManageWebhooks, mayTriage } from '../permissions.ts';
import { useProduct } from '../products/use-product.ts';
import { refinementPath, scoringPath } from '../refinement/refinement-paths.ts';
import { insightsPath, roadmapPath, sprintsPath } from '../sprints/sprint-paths.ts';
import { webhooksPath } from '../webhooks/webhook-paths.ts';

/** The product's views, in the header: the backlog and the aids around it. */
export function ProductNav({ productKey }: { productKey: string }) {
  // The custodian's view is for those who keep the backlog: owners, editors and admins.
  const role = useProduct(productKey).data?.role;
  const isCustodian = mayTriage(role);
  const links = [
    { to: backlogPath(productKey), label: 'Backlog', end: true, testId: 'nav-backlog' },
    { to: refinementPath(productKey), label: 'Refinement', end: false, testId: 'nav-refinement' },
    { to: scoringPath(productKey), label: 'Scoring', end: false, testId: 'nav-scoring' },
    { to: sprintsPath(productKey), label: 'Sprints', end: false, testId: 'nav-sprints' },
    { to: roadmapPath(productKey), label: 'Roadmap', end: false, testId: 'nav-roadmap' },
    { to: insightsPath(productKey), label: 'Insights', end: false, testId: 'nav-insights' },
    ...(isCustodian
      ? [{ to: custodianPath(productKey), label: 'Custodian', end: false, testId: 'nav-custodian' }]
      : []),
    // Where the product's changes are sent: its owners and admins.
    ...(mayManageWebhooks(role)
      ? [{ to: webhooksPath(productKey), label: 'Webhooks', end: false, testId: 'nav-webhooks' }]
      : []),
  ];
  return (
    <nav className="product-nav" aria-label="Product">
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.end}
          className="product-nav-link"
          data-testid={link.testId}
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
