import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { isApiError } from './api.ts';
import { router, signInPath } from './app.tsx';
import { ToastProvider } from './ui/toasts.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/labels.css';
import './styles/toasts.css';
import './styles/markdown.css';
import './styles/layout.css';
import './styles/backlog.css';
import './styles/item.css';
import './styles/item-checklist.css';
import './styles/item-activity.css';
import './styles/requests.css';
import './styles/intake.css';
import './styles/triage.css';
import './styles/public.css';
import './styles/notifications.css';
import './styles/readiness.css';
import './styles/refinement.css';
import './styles/session.css';
import './styles/scoring.css';
import './styles/sprints.css';
import './styles/insights.css';
import './styles/roadmap.css';

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ends while the app is open sends the person back to sign in.
    onError: (error) => {
      if (isApiError(error, 401) && window.location.pathname !== '/sign-in') {
        void router.navigate(signInPath(window.location.pathname + window.location.search));
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (failures, error) => !isApiError(error) && failures < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
