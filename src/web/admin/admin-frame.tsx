import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useMe } from '../session/use-me.ts';
import { adminAuditPath, adminPeoplePath, adminProductsPath, adminSettingsPath } from '../team-paths.ts';
import { adminWebhooksPath } from '../webhooks/webhook-paths.ts';
import '../styles/team.css';

const tabs = [
  { to: adminProductsPath, label: 'Products', testId: 'admin-tab-products' },
  { to: adminPeoplePath, label: 'People', testId: 'admin-tab-people' },
  { to: adminAuditPath, label: 'Audit log', testId: 'admin-tab-audit' },
  { to: adminWebhooksPath, label: 'Webhooks', testId: 'admin-tab-webhooks' },
  { to: adminSettingsPath, label: 'Settings', testId: 'admin-tab-settings' },
];

/** Administration: the workspace's products, people, audit log, webhooks and settings, for its admins. */
export function AdminFrame({ children }: { children: ReactNode }) {
  const me = useMe();
  return (
    <section className="team-page" aria-labelledby="admin-heading">
      <div className="page-heading">
        <h1 id="admin-heading">Administration</h1>
      </div>
      <nav className="team-tabs" aria-label="Administration">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end className="team-tab" data-testid={tab.testId}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {me.data?.isAdmin && !me.data.mustSetUpTwoFactor ? (
        children
      ) : me.data?.mustSetUpTwoFactor ? (
        <p className="notice" data-testid="admin-needs-two-factor">
          This workspace requires two-factor sign-in of its admins: set it up in your profile first.
        </p>
      ) : (
        <p className="notice" data-testid="admin-only">
          Administration is for workspace admins. Ask one to add products or people.
        </p>
      )}
    </section>
  );
}
