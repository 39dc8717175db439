/**
 * Entry of the web app: query cache, language, and the app shell. Everything below the shell is
 * loaded per screen (see `screens.ts`).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from './api/api-problem.ts';
import { LocaleProvider } from './i18n/i18n.context.tsx';
import { AppShell } from './layout/app-shell.component.tsx';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx is an answer, not a glitch: retrying it only delays the message
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AppShell />
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
