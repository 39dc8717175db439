/**
 * The lazily loaded components of the Safety and Specimens routes (spread into `../screens.ts`),
 * one chunk per screen.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ScreenProps } from '../screens.ts';
import type { safetyRoutes } from './safety/safety.routes.ts';
import type { specimenRoutes } from './specimens/specimens.routes.ts';

type RouteId = (typeof safetyRoutes)[number]['id'] | (typeof specimenRoutes)[number]['id'];

export const safetySpecimenScreens: Record<
  RouteId,
  LazyExoticComponent<ComponentType<ScreenProps>>
> = {
  safety: lazy(() =>
    import('./safety/safety.screen.tsx').then((m) => ({ default: m.SafetyScreen })),
  ),
  'safety-subject': lazy(() =>
    import('./safety/safety-subject.screen.tsx').then((m) => ({
      default: m.SafetySubjectScreen,
    })),
  ),
  specimens: lazy(() =>
    import('./specimens/specimens.screen.tsx').then((m) => ({ default: m.SpecimensScreen })),
  ),
  shipments: lazy(() =>
    import('./specimens/shipments.screen.tsx').then((m) => ({ default: m.ShipmentsScreen })),
  ),
  storage: lazy(() =>
    import('./specimens/storage.screen.tsx').then((m) => ({ default: m.StorageScreen })),
  ),
};
