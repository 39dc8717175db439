import { describe, expect, it } from 'vitest';
import { ROLES } from '../../core/access/roles.ts';
import { type AppRoute, appRoutes, navigationItems, resolveRoute } from './app-routes.ts';
import { safeInternalPath } from './location-store.ts';
import { matchPath } from './match-path.ts';
import { accessOutcome, type Viewer } from './route-access.ts';

const viewer = (...grants: Viewer['grants']): Viewer => ({ grants });

/** A table like the app's will grow into: public, signed-in and role-restricted screens. */
const table: AppRoute[] = [
  { id: 'study', path: '/', access: { kind: 'public' }, navLabel: 'nav.study' },
  { id: 'sign-in', path: '/sign-in', access: { kind: 'public' } },
  { id: 'account', path: '/account', access: { kind: 'signed-in' }, navLabel: 'nav.account' },
  {
    id: 'subject',
    path: '/subjects/:subjectId',
    access: { kind: 'roles', roles: ['investigator', 'coordinator'] },
  },
  {
    id: 'audit',
    path: '/audit',
    access: { kind: 'roles', roles: ['auditor', 'monitor'] },
    navLabel: 'nav.label',
  },
];

describe('matchPath', () => {
  it('matches literal segments and decodes parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/sign-in', '/sign-in/')).toEqual({});
    expect(matchPath('/subjects/:id', '/subjects/S%2F001')).toEqual({ id: 'S/001' });
  });

  it('refuses other lengths, other literals and malformed escapes', () => {
    expect(matchPath('/', '/subjects')).toBeNull();
    expect(matchPath('/subjects/:id', '/subjects')).toBeNull();
    expect(matchPath('/subjects/:id', '/visits/1')).toBeNull();
    expect(matchPath('/subjects/:id', '/subjects/%E0%A4%A')).toBeNull();
  });
});

describe('resolveRoute', () => {
  it('finds the route and its parameters, or null', () => {
    expect(resolveRoute(table, '/subjects/S-007')).toEqual({
      route: table[3],
      params: { subjectId: 'S-007' },
    });
    expect(resolveRoute(table, '/nowhere')).toBeNull();
    expect(resolveRoute(appRoutes, '/')?.route.id).toBe('study');
    expect(resolveRoute(appRoutes, '/sign-in')?.route.id).toBe('sign-in');
  });
});

describe('accessOutcome', () => {
  it('opens public routes to everyone', () => {
    expect(accessOutcome({ kind: 'public' }, null)).toBe('allowed');
  });

  it('asks for sign-in before anything else on protected routes', () => {
    expect(accessOutcome({ kind: 'signed-in' }, null)).toBe('sign-in-required');
    expect(accessOutcome({ kind: 'roles', roles: ['monitor'] }, null)).toBe('sign-in-required');
    expect(accessOutcome({ kind: 'signed-in' }, viewer())).toBe('allowed');
  });

  it('needs one of the roles, at any site', () => {
    const access = { kind: 'roles', roles: ['monitor'] } as const;
    expect(accessOutcome(access, viewer({ role: 'monitor', siteId: 'site-02' }))).toBe('allowed');
    expect(accessOutcome(access, viewer({ role: 'coordinator', siteId: null }))).toBe('forbidden');
    expect(accessOutcome(access, viewer())).toBe('forbidden');
  });
});

describe('navigationItems', () => {
  const ids = (v: Viewer | null) => navigationItems(table, v).map((r) => r.id);

  it('shows a signed-out user only public screens that have a label', () => {
    expect(ids(null)).toEqual(['study']);
  });

  it('adds what the roles allow, in table order, and never label-less routes', () => {
    expect(ids(viewer({ role: 'coordinator', siteId: 's1' }))).toEqual(['study', 'account']);
    expect(ids(viewer({ role: 'auditor', siteId: null }))).toEqual(['study', 'account', 'audit']);
  });

  it('app table: the account screen is in the navigation once signed in, with or without roles', () => {
    expect(navigationItems(appRoutes, null).map((r) => r.id)).toEqual(['study']);
    expect(navigationItems(appRoutes, viewer()).map((r) => r.id)).toEqual(['study', 'account']);
  });

  it('app table: the blinded radiology reviewer sees only subjects (casebook, tumour reads)', () => {
    const rr = viewer({ role: 'radiology-reviewer', siteId: 's1' });
    expect(navigationItems(appRoutes, rr).map((r) => r.id)).toEqual([
      'study',
      'subjects',
      'account',
    ]);
    const allowed = appRoutes.filter((r) => accessOutcome(r.access, rr) === 'allowed');
    expect(allowed.map((r) => r.id).sort()).toEqual(
      [
        'account',
        'casebook',
        'set-password',
        'sign-in',
        'study',
        'subjects',
        'tumour-assessment',
      ].sort(),
    );
  });

  it('app table: every route resolves to itself and every role sees the study', () => {
    for (const r of appRoutes) expect(resolveRoute(appRoutes, r.path)?.route.id).toBe(r.id);
    expect(new Set(appRoutes.map((r) => r.path)).size).toBe(appRoutes.length);
    for (const role of ROLES)
      expect(navigationItems(appRoutes, viewer({ role, siteId: null })).map((r) => r.id)).toContain(
        'study',
      );
  });
});

describe('safeInternalPath', () => {
  it('keeps same-app paths and refuses anything that could leave the app', () => {
    expect(safeInternalPath('/subjects/S-1?tab=visits')).toBe('/subjects/S-1?tab=visits');
    expect(safeInternalPath(null)).toBe('/');
    expect(safeInternalPath('https://evil.example/')).toBe('/');
    expect(safeInternalPath('//evil.example/')).toBe('/');
    expect(safeInternalPath('/\\evil.example/')).toBe('/');
    expect(safeInternalPath('javascript:alert(1)', '/sign-in')).toBe('/sign-in');
  });
});
