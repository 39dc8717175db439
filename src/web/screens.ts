/**
 * The component of each route, loaded on first visit (one chunk per screen, React.lazy) so the
 * initial bundle holds only the shell. Keyed by the ids of `router/app-routes.ts`; a route
 * without a screen is a type error.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { AppRouteId } from './router/app-routes.ts';
import type { PathParams } from './router/match-path.ts';
import { enrolmentScreens } from './screens/enrolment/enrolment.screens.ts';
import { entryScreens } from './screens/entry/entry.screens.ts';
import { reportScreens } from './screens/reports/reports.screens.ts';
import { safetySpecimenScreens } from './screens/safety-specimen.screens.ts';

export interface ScreenProps {
  params: PathParams;
}

type Screen = LazyExoticComponent<ComponentType<ScreenProps>>;

export const screens: Record<AppRouteId, Screen> = {
  study: lazy(() =>
    import('./screens/study/study.screen.tsx').then((m) => ({ default: m.StudyScreen })),
  ),
  dashboard: lazy(() =>
    import('./screens/dashboard/dashboard.screen.tsx').then((m) => ({
      default: m.DashboardScreen,
    })),
  ),
  subjects: lazy(() =>
    import('./screens/subjects/subjects.screen.tsx').then((m) => ({ default: m.SubjectsScreen })),
  ),
  casebook: lazy(() =>
    import('./screens/casebook/casebook.screen.tsx').then((m) => ({ default: m.CasebookScreen })),
  ),
  queries: lazy(() =>
    import('./screens/queries/queries.screen.tsx').then((m) => ({ default: m.QueriesScreen })),
  ),
  ...enrolmentScreens,
  ...entryScreens,
  ...safetySpecimenScreens,
  ...reportScreens,
  account: lazy(() =>
    import('./screens/account/account.screen.tsx').then((m) => ({ default: m.AccountScreen })),
  ),
  'set-password': lazy(() =>
    import('./screens/set-password/set-password.screen.tsx').then((m) => ({
      default: m.SetPasswordScreen,
    })),
  ),
  'sign-in': lazy(() =>
    import('./screens/sign-in/sign-in.screen.tsx').then((m) => ({ default: m.SignInScreen })),
  ),
};
