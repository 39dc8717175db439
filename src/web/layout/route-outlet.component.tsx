/**
 * Renders the screen of the current path: not found, an access notice (from the route table's
 * declared access and the session), or the lazily loaded screen inside Suspense and an error
 * boundary.
 */
import { Suspense } from 'react';
import { useSession } from '../api/auth.resource.ts';
import { ErrorBoundary } from '../components/error-boundary.component.tsx';
import { LoadingIndicator } from '../components/loading-indicator.component.tsx';
import { appRoutes, resolveRoute } from '../router/app-routes.ts';
import { useLocation } from '../router/location-store.ts';
import { accessOutcome } from '../router/route-access.ts';
import { NotFoundScreen } from '../screens/not-found/not-found.screen.tsx';
import { screens } from '../screens.ts';
import { AccessNotice } from './access-notice.component.tsx';

export function RouteOutlet() {
  const { pathname } = useLocation();
  const session = useSession();
  const resolved = resolveRoute(appRoutes, pathname);
  if (!resolved) return <NotFoundScreen path={pathname} />;
  const outcome = accessOutcome(resolved.route.access, session.data ?? null);
  if (outcome !== 'allowed') {
    // do not flash "sign in" while the session is still being asked for
    if (session.isPending) return <LoadingIndicator />;
    return <AccessNotice kind={outcome} path={pathname} />;
  }
  const Screen = screens[resolved.route.id];
  return (
    <ErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingIndicator />}>
        <Screen params={resolved.params} />
      </Suspense>
    </ErrorBoundary>
  );
}
