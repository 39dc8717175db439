/**
 * The lazily loaded components of the data-entry routes (spread into `../../screens.ts`), one
 * chunk per screen.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ScreenProps } from '../../screens.ts';
import type { entryRoutes } from './entry.routes.ts';

type RouteId = (typeof entryRoutes)[number]['id'];

export const entryScreens: Record<RouteId, LazyExoticComponent<ComponentType<ScreenProps>>> = {
  'subject-visits': lazy(() =>
    import('./subject-visits.screen.tsx').then((m) => ({ default: m.SubjectVisitsScreen })),
  ),
  'visit-entry': lazy(() =>
    import('./visit-entry.screen.tsx').then((m) => ({ default: m.VisitEntryScreen })),
  ),
  'tumour-assessment': lazy(() =>
    import('./tumour-assessment.screen.tsx').then((m) => ({
      default: m.TumourAssessmentScreen,
    })),
  ),
};
