import { type ReactNode, useEffect } from 'react';
import { Logo } from '../ui/logo.tsx';

/**
 * The frame of the pages people see without an account: the product's name, the page, and
 * Ordo's mark. No navigation: nothing else of the product is theirs to see.
 */
export function PublicLayout({ title, children }: { title: string | undefined; children: ReactNode }) {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  return (
    <div className="public-page">
      <main className="public-card" id="main">
        {children}
      </main>
      <footer className="public-footer">
        <Logo />
      </footer>
    </div>
  );
}
