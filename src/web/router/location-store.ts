/**
 * The browser location as an external store for React (History API): `navigate()` pushes a
 * path, the back and forward buttons fire `popstate`, and `useLocation()` re-renders on both.
 */
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'oncotrial:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** A string snapshot: stable between renders, so React sees no change until there is one. */
function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface AppLocation {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): AppLocation {
  const current = useSyncExternalStore(subscribe, snapshot, () => '/');
  const q = current.indexOf('?');
  return {
    pathname: q < 0 ? current : current.slice(0, q),
    search: new URLSearchParams(q < 0 ? '' : current.slice(q)),
  };
}

/**
 * Goes to an in-app path (`/sign-in?next=%2F`) without reloading the page.
 * @example navigate('/sign-in', { replace: true })
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/**
 * Only same-app paths may be a redirect target (`?next=`): never another origin. Browsers read
 * `//host` and `/\host` as protocol-relative URLs, so both are refused.
 * @example safeInternalPath('//evil.example') // '/'
 */
export function safeInternalPath(candidate: string | null, fallback = '/'): string {
  return candidate !== null && /^\/(?![/\\])/.test(candidate) ? candidate : fallback;
}
