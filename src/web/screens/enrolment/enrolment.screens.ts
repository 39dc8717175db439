/**
 * The lazily loaded components of the screening and enrolment routes (spread into
 * `../../screens.ts`), one chunk per screen.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ScreenProps } from '../../screens.ts';
import type { enrolmentRoutes } from './enrolment.routes.ts';

type RouteId = (typeof enrolmentRoutes)[number]['id'];

export const enrolmentScreens: Record<RouteId, LazyExoticComponent<ComponentType<ScreenProps>>> = {
  screening: lazy(() =>
    import('./screening-list.screen.tsx').then((m) => ({ default: m.ScreeningListScreen })),
  ),
  'screen-subject': lazy(() =>
    import('./new-subject.screen.tsx').then((m) => ({ default: m.NewSubjectScreen })),
  ),
  'subject-screening': lazy(() =>
    import('./subject-screening.screen.tsx').then((m) => ({ default: m.SubjectScreeningScreen })),
  ),
};
