/**
 * Role-aware navigation of the Safety and Specimens screens, and their access kept equal to the
 * server's (a drift would show a screen whose every request is refused, or hide one a role may
 * use).
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/access/roles.ts';
import {
  SAFETY_READERS,
  ALERT_ACKNOWLEDGERS as SERVER_ACKNOWLEDGERS,
  SAFETY_WRITERS as SERVER_SAFETY_WRITERS,
} from '../../../server/routes/safety-access.ts';
import {
  BIOBANK as SERVER_BIOBANK,
  SITE_HANDLERS as SERVER_SITE_HANDLERS,
  SPECIMEN_READERS,
} from '../../../server/routes/specimen-access.ts';
import { appRoutes, navigationItems } from '../../router/app-routes.ts';
import { SPECIMEN_SCREEN_READERS } from '../specimens/specimens.routes.ts';
import { SAFETY_SCREEN_READERS } from './safety.routes.ts';
import { ALERT_ACKNOWLEDGERS, BIOBANK, SAFETY_WRITERS, SITE_HANDLERS } from './use-roles.ts';

const MINE = ['safety', 'specimens', 'shipments', 'storage'];
const navFor = (role: Role) =>
  navigationItems(appRoutes, { grants: [{ role, siteId: 'site-a' }] })
    .map((r) => r.id as string)
    .filter((id) => MINE.includes(id));
const sorted = (roles: readonly Role[]) => [...roles].sort();

describe('Safety and Specimens navigation', () => {
  it('shows the biobank technician specimens, shipments and storage but not safety', () => {
    expect(navFor('biobank-technician')).toEqual(['specimens', 'shipments', 'storage']);
  });

  it('shows site staff and readers both areas', () => {
    for (const role of [
      'coordinator',
      'investigator',
      'monitor',
      'data-manager',
      'auditor',
    ] as const)
      expect(navFor(role)).toEqual(MINE);
  });

  it('shows neither to the statistician, radiology reviewer or administrator', () => {
    for (const role of ['statistician', 'radiology-reviewer', 'administrator'] as const)
      expect(navFor(role)).toEqual([]);
  });

  it('mirrors the server route access and action roles exactly', () => {
    expect(sorted(SAFETY_SCREEN_READERS)).toEqual(sorted(SAFETY_READERS));
    expect(sorted(SPECIMEN_SCREEN_READERS)).toEqual(sorted(SPECIMEN_READERS));
    expect(sorted(SAFETY_WRITERS)).toEqual(sorted(SERVER_SAFETY_WRITERS));
    expect(sorted(ALERT_ACKNOWLEDGERS)).toEqual(sorted(SERVER_ACKNOWLEDGERS));
    expect(sorted(SITE_HANDLERS)).toEqual(sorted(SERVER_SITE_HANDLERS));
    expect(sorted(BIOBANK)).toEqual(sorted(SERVER_BIOBANK));
  });
});
