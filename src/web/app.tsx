import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/app-shell.tsx';
import { BacklogPage } from './pages/backlog-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';

/** Where to sign in, remembering the page to come back to. */
export const signInPath = (next?: string) =>
  next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';

export const backlogPath = (productKey: string) => `/p/${encodeURIComponent(productKey)}`;
export const itemPath = (itemKey: string) => `/items/${encodeURIComponent(itemKey)}`;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/p/:productKey', element: <BacklogPage /> },
      {
        path: '/items/:itemKey',
        // The item page brings markdown rendering with it: loaded when first opened.
        lazy: async () => ({ Component: (await import('./pages/item-page.tsx')).ItemPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
