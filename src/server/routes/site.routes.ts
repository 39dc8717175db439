/** Sites: any signed-in user may list them (names are not personal data); administrators add them. */
import { z } from 'zod';
import { createSite, listSites } from '../../store/sites/site-repository.ts';
import { defineRoute, json } from '../route-spec.ts';

export const siteRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/sites',
    summary: 'Sites of the study',
    tag: 'sites',
    access: { kind: 'signed-in' },
    async handler({ store }) {
      return json(await listSites(store));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/sites',
    summary: 'Add a site',
    tag: 'sites',
    access: { kind: 'roles', roles: ['administrator'], scope: 'study' },
    body: z.object({
      code: z.string().regex(/^[A-Z0-9]{2,10}$/, 'must be 2–10 upper-case letters or digits'),
      name: z.string().trim().min(1).max(200),
      nameZh: z.string().trim().min(1).max(200).nullable().optional(),
      timezone: z.string().min(1),
      isCentralBiobank: z.boolean().optional(),
    }),
    async handler({ store, actor, body }) {
      return json(await createSite(store, actor, body), 201);
    },
  }),
];
