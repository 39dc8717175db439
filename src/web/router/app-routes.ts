/**
 * Every screen of the web app: its path, who may see it, and whether (and under which label)
 * it appears in the main navigation. Navigation, route guards and the router all read this
 * table; the lazily loaded component of each route is in `../screens.ts`.
 */
import type { Role } from '../../core/access/roles.ts';
import type { PlainMessageKey } from '../i18n/translate.ts';
import { enrolmentRoutes } from '../screens/enrolment/enrolment.routes.ts';
import { entryRoutes } from '../screens/entry/entry.routes.ts';
import { reportRoutes } from '../screens/reports/reports.routes.ts';
import { safetyRoutes } from '../screens/safety/safety.routes.ts';
import { specimenRoutes } from '../screens/specimens/specimens.routes.ts';
import { matchPath, type PathParams } from './match-path.ts';
import { accessOutcome, type RouteAccess, type Viewer } from './route-access.ts';

/** Who reads the study-level analysis (the server's GET /api/analysis/overview decides again). */
const DASHBOARD_READERS = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'statistician',
  'auditor',
] as const satisfies readonly Role[];

/** GET /api/subjects (src/server/routes/subject-access.ts IMAGING_READERS). */
const SUBJECT_READERS = [
  'investigator',
  'coordinator',
  'radiology-reviewer',
  'data-manager',
  'monitor',
  'statistician',
  'auditor',
] as const satisfies readonly Role[];

/**
 * Signatures, SDV, locks and queries (src/server/routes/integrity.routes.ts SITE_READERS): not
 * the blinded radiology reviewer.
 */
export const CASEBOOK_READERS = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
] as const satisfies readonly Role[];

/**
 * The casebook page: the integrity readers get the whole casebook; the radiology reviewer gets
 * the imaging casebook (GET /api/subjects/:id/imaging), blinded to the site's reads.
 */
const CASEBOOK_PAGE_READERS = [
  ...CASEBOOK_READERS,
  'radiology-reviewer',
] as const satisfies readonly Role[];

export interface AppRoute<Id extends string = string> {
  id: Id;
  path: string;
  access: RouteAccess;
  /** Label in the main navigation; absent for screens reached another way (sign-in). */
  navLabel?: PlainMessageKey;
}

export const appRoutes = [
  { id: 'study', path: '/', access: { kind: 'public' }, navLabel: 'nav.study' },
  {
    id: 'dashboard',
    path: '/dashboard',
    access: { kind: 'roles', roles: DASHBOARD_READERS },
    navLabel: 'nav.dashboard',
  },
  {
    id: 'subjects',
    path: '/subjects',
    access: { kind: 'roles', roles: SUBJECT_READERS },
    navLabel: 'nav.subjects',
  },
  ...enrolmentRoutes,
  {
    id: 'casebook',
    path: '/subjects/:subjectId',
    access: { kind: 'roles', roles: CASEBOOK_PAGE_READERS },
  },
  {
    id: 'queries',
    path: '/queries',
    access: { kind: 'roles', roles: CASEBOOK_READERS },
    navLabel: 'nav.queries',
  },
  ...entryRoutes,
  ...safetyRoutes,
  ...specimenRoutes,
  ...reportRoutes,
  { id: 'account', path: '/account', access: { kind: 'signed-in' }, navLabel: 'nav.account' },
  { id: 'sign-in', path: '/sign-in', access: { kind: 'public' } },
  { id: 'set-password', path: '/set-password', access: { kind: 'public' } },
] as const satisfies readonly AppRoute[];

export type AppRouteId = (typeof appRoutes)[number]['id'];

export interface ResolvedRoute<R extends AppRoute> {
  route: R;
  params: PathParams;
}

/**
 * The first route whose path matches, or null (not found).
 * @example resolveRoute(appRoutes, '/')?.route.id // 'study'
 */
export function resolveRoute<R extends AppRoute>(
  routes: readonly R[],
  pathname: string,
): ResolvedRoute<R> | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** The routes shown in the main navigation to this viewer, in table order. */
export function navigationItems<R extends AppRoute>(
  routes: readonly R[],
  viewer: Viewer | null,
): (R & { navLabel: PlainMessageKey })[] {
  return routes.filter(
    (r): r is R & { navLabel: PlainMessageKey } =>
      r.navLabel !== undefined && accessOutcome(r.access, viewer) === 'allowed',
  );
}
