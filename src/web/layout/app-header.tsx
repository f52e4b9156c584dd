import { Link } from 'react-router';
import type { Me } from '../../client/ordo-client.ts';
import { backlogPath } from '../app.tsx';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { useProduct } from '../products/use-product.ts';
import { useProductKey } from '../products/use-product-key.ts';
import { useSignOut } from '../session/use-sign-out.ts';
import { adminProductsPath, membersPath, profilePath } from '../team-paths.ts';
import { Logo } from '../ui/logo.tsx';
import { ProductNav } from './product-nav.tsx';
import { ProductSwitcher } from './product-switcher.tsx';
import { RequestLinks } from './request-links.tsx';

export function AppHeader({ me }: { me: Me | undefined }) {
  const productKey = useProductKey();
  const product = useProduct(productKey);
  const signOut = useSignOut();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/" className="app-header-home" aria-label="Ordo: your products">
        <Logo />
      </Link>
      {productKey && (
        <>
          <span className="app-header-divider" aria-hidden="true">
            /
          </span>
          <Link to={backlogPath(productKey)} className="app-header-product" data-testid="product-name">
            {product.data?.name ?? productKey}
          </Link>
          {product.data?.role && (
            <Link
              to={membersPath(productKey)}
              className="role-badge"
              title="Your role here: see the members and what each role may do"
              data-testid="nav-members"
            >
              {product.data.role}
            </Link>
          )}
          {product.data?.archivedAt && (
            <span
              className="role-badge"
              title="Read-only until an admin restores it"
              data-testid="product-archived"
            >
              archived
            </span>
          )}
          <ProductSwitcher productKey={productKey} />
          <ProductNav productKey={productKey} />
        </>
      )}
      <span className="app-header-spacer" />
      {productKey && <RequestLinks productKey={productKey} role={product.data?.role} />}
      {me && <NotificationBell />}
      {me?.isAdmin && (
        <Link to={adminProductsPath} className="button button-ghost" data-testid="nav-admin">
          Administration
        </Link>
      )}
      {me && (
        <Link
          to={profilePath}
          className="app-header-person"
          data-testid="signed-in-person"
          title={`${me.email}: your profile`}
        >
          <span className="avatar" aria-hidden="true">
            {initials(me.name)}
          </span>
          <span className="app-header-person-name">{me.name}</span>
        </Link>
      )}
      <button
        type="button"
        className="button button-ghost"
        onClick={() => void signOut()}
        data-testid="sign-out"
      >
        Sign out
      </button>
    </header>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}
