/**
 * The page frame: skip link, banner with navigation, and the main landmark holding the current
 * screen. After a client-side navigation focus moves to the main region so keyboard and screen
 * reader users start at the new content (there is no page load to do it for them).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.context.tsx';
import { useLocation } from '../router/location-store.ts';
import { RouteOutlet } from './route-outlet.component.tsx';
import { SiteHeader } from './site-header.component.tsx';

export function AppShell() {
  const t = useT();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each path change on purpose
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <RouteOutlet />
      </main>
    </>
  );
}
