/**
 * Entry of the web app: query cache, language, and the app shell. Everything below the shell is
 * loaded per screen (see `screens.ts`).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.ts';
import { LocaleProvider } from './i18n/i18n.context.tsx';
import { AppShell } from './layout/app-shell.component.tsx';
import './styles.css';

const queryClient = createQueryClient();

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
