/**
 * Role-aware navigation of the Reports screens, and their access and actions kept equal to the
 * server's route table (a drift would show a screen whose every request is refused, or hide one
 * a role may use).
 */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../core/access/roles.ts';
import type { HttpMethod } from '../../../server/route-spec.ts';
import { routeTable } from '../../../server/route-table.ts';
import { appRoutes, navigationItems, resolveRoute } from '../../router/app-routes.ts';
import { CUT_READERS, EXPORT_READERS, REPORT_WRITERS } from './reports.routes.ts';

const navFor = (role: Role) =>
  navigationItems(appRoutes, { grants: [{ role, siteId: null }] }).map((r) => r.id as string);

function serverRoles(method: HttpMethod, path: string): Role[] {
  const route = routeTable.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no server route ${method} ${path}`);
  if (route.access.kind !== 'roles') throw new Error(`${method} ${path} is not role-restricted`);
  return [...route.access.roles].sort();
}

describe('Reports navigation', () => {
  it('shows Reports to the statistician, data manager and auditor only', () => {
    const shown = ROLES.filter((role) => navFor(role).includes('reports'));
    expect(shown.sort()).toEqual(['auditor', 'data-manager', 'statistician']);
    expect(navFor('coordinator')).not.toContain('reports');
  });

  it('resolves a cut screen by name', () => {
    expect(resolveRoute(appRoutes, '/reports/interim-1')).toEqual({
      route: expect.objectContaining({ id: 'report-cut' }),
      params: { cutName: 'interim-1' },
    });
  });

  it('mirrors the server route access exactly', () => {
    expect([...CUT_READERS].sort()).toEqual(serverRoles('GET', '/api/data-cuts'));
    expect([...CUT_READERS].sort()).toEqual(serverRoles('GET', '/api/data-cuts/:name'));
    expect([...REPORT_WRITERS].sort()).toEqual(serverRoles('POST', '/api/data-cuts'));
    expect([...REPORT_WRITERS].sort()).toEqual(serverRoles('GET', '/api/data-cuts/:name/report'));
    expect([...EXPORT_READERS].sort()).toEqual(serverRoles('GET', '/api/exports/:format/:dataset'));
  });
});
