/**
 * The lazily loaded components of the Reports routes (spread into `../../screens.ts`), one chunk
 * per screen.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ScreenProps } from '../../screens.ts';
import type { reportRoutes } from './reports.routes.ts';

type RouteId = (typeof reportRoutes)[number]['id'];

export const reportScreens: Record<RouteId, LazyExoticComponent<ComponentType<ScreenProps>>> = {
  reports: lazy(() =>
    import('./data-cuts.screen.tsx').then((m) => ({ default: m.DataCutsScreen })),
  ),
  'report-cut': lazy(() =>
    import('./data-cut.screen.tsx').then((m) => ({ default: m.DataCutScreen })),
  ),
};
