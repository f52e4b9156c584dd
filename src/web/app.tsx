import { createBrowserRouter, redirect } from 'react-router';
import { AppShell } from './layout/app-shell.tsx';
import { BacklogPage } from './pages/backlog-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { IntakePage } from './pages/intake-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PublicFormPage } from './pages/public-form-page.tsx';
import { RequestPage } from './pages/request-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { StatusPage } from './pages/status-page.tsx';

/** Where to sign in, remembering the page to come back to. */
export const signInPath = (next?: string) =>
  next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';

export const backlogPath = (productKey: string) => `/p/${encodeURIComponent(productKey)}`;
export const itemPath = (itemKey: string) => `/items/${encodeURIComponent(itemKey)}`;
export const intakePath = (productKey: string) => `${backlogPath(productKey)}/requests/new`;
export const triagePath = (productKey: string) => `${backlogPath(productKey)}/triage`;
export const requestPath = (requestKey: string) => `/requests/${encodeURIComponent(requestKey)}`;
/** The public intake form, for people without an account. */
export const publicFormPath = (productKey: string) => `/public/${encodeURIComponent(productKey)}`;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  // Pages for people without an account: no header, nothing of the product but what they may see.
  { path: '/public/:productKey', element: <PublicFormPage /> },
  { path: '/status/:token', element: <StatusPage /> },
  // Where invitation and reset links land (the secret is in the fragment).
  {
    path: '/set-password',
    lazy: async () => ({ Component: (await import('./pages/set-password-page.tsx')).SetPasswordPage }),
  },
  {
    element: <AppShell />,
    // What shows while a page opened by its address is still loading its code.
    hydrateFallbackElement: <p className="muted list-placeholder">Loading…</p>,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/p/:productKey', element: <BacklogPage /> },
      { path: '/p/:productKey/requests/new', element: <IntakePage /> },
      {
        // The triage inbox is for owners and editors only: loaded when first opened.
        path: '/p/:productKey/triage',
        lazy: async () => ({ Component: (await import('./pages/triage-page.tsx')).TriagePage }),
      },
      { path: '/requests/:requestKey', element: <RequestPage /> },
      {
        path: '/items/:itemKey',
        // The item page brings markdown rendering with it: loaded when first opened.
        lazy: async () => ({ Component: (await import('./pages/item-page.tsx')).ItemPage }),
      },
      // Refinement and scoring: loaded when first opened.
      {
        path: '/p/:productKey/refinement',
        lazy: async () => ({ Component: (await import('./refinement/refinement-page.tsx')).RefinementPage }),
      },
      {
        path: '/p/:productKey/refinement/:sessionId',
        lazy: async () => ({
          Component: (await import('./refinement/session/session-page.tsx')).SessionPage,
        }),
      },
      {
        path: '/p/:productKey/settings/refinement',
        lazy: async () => ({
          Component: (await import('./refinement/settings/settings-page.tsx')).SettingsPage,
        }),
      },
      {
        path: '/p/:productKey/scoring',
        lazy: async () => ({ Component: (await import('./scoring/scoring-page.tsx')).ScoringPage }),
      },
      // Sprints, the views made from them, and progress: loaded when first opened.
      {
        path: '/p/:productKey/sprints',
        lazy: async () => ({ Component: (await import('./sprints/sprints-page.tsx')).SprintsPage }),
      },
      {
        path: '/p/:productKey/sprints/plan',
        lazy: async () => ({ Component: (await import('./sprints/plan/planning-page.tsx')).PlanningPage }),
      },
      {
        path: '/p/:productKey/sprints/:sprintId',
        lazy: async () => ({ Component: (await import('./sprints/board/board-page.tsx')).BoardPage }),
      },
      {
        path: '/p/:productKey/roadmap',
        lazy: async () => ({ Component: (await import('./roadmap/roadmap-page.tsx')).RoadmapPage }),
      },
      {
        path: '/p/:productKey/release-notes',
        lazy: async () => ({
          Component: (await import('./roadmap/release-notes-page.tsx')).ReleaseNotesPage,
        }),
      },
      {
        path: '/p/:productKey/insights',
        lazy: async () => ({ Component: (await import('./insights/insights-page.tsx')).InsightsPage }),
      },
      // The custodian's day: for owners and editors, loaded when first opened.
      {
        path: '/p/:productKey/custodian',
        lazy: async () => ({ Component: (await import('./custodian/custodian-page.tsx')).CustodianPage }),
      },
      // A product's webhooks, for its owners (notices about a webhook link to /products/…/webhooks).
      {
        path: '/p/:productKey/webhooks',
        lazy: async () => ({
          Component: (await import('./webhooks/webhooks-page.tsx')).ProductWebhooksPage,
        }),
      },
      {
        path: '/products/:productKey/webhooks',
        loader: ({ params }) => redirect(`${backlogPath(params.productKey ?? '')}/webhooks`),
      },
      // The workspace's own pages: administration, a product's members, one's profile.
      {
        path: '/admin',
        lazy: async () => ({ Component: (await import('./admin/products-panel.tsx')).AdminProductsPage }),
      },
      {
        path: '/admin/people',
        lazy: async () => ({ Component: (await import('./admin/people-panel.tsx')).AdminPeoplePage }),
      },
      {
        path: '/admin/audit',
        lazy: async () => ({ Component: (await import('./admin/audit-panel.tsx')).AdminAuditPage }),
      },
      {
        path: '/admin/settings',
        lazy: async () => ({ Component: (await import('./admin/settings-panel.tsx')).AdminSettingsPage }),
      },
      {
        path: '/admin/webhooks',
        lazy: async () => ({ Component: (await import('./webhooks/webhooks-page.tsx')).AdminWebhooksPage }),
      },
      {
        path: '/p/:productKey/members',
        lazy: async () => ({ Component: (await import('./members/members-page.tsx')).MembersPage }),
      },
      {
        path: '/profile',
        lazy: async () => ({ Component: (await import('./profile/profile-page.tsx')).ProfilePage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
