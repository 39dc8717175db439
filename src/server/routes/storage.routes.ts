/** Storage boxes at the biobank and storing a specimen in a box position. */
import { z } from 'zod';
import {
  boxGrid,
  createBox,
  listBoxes,
  storeSpecimen,
} from '../../store/specimens/storage-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { BIOBANK, SPECIMEN_READERS, siteScoped } from './specimen-access.ts';
import { idParam, instant, note, temperature } from './specimen-schemas.ts';

const name = z.string().trim().min(1).max(60);

export const storageRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/storage/boxes',
    summary: 'Register a storage box (freezer → rack → box, rows × columns; 9 × 9 by default)',
    tag: 'specimens',
    access: siteScoped(BIOBANK),
    body: z.object({
      siteId: z.string().min(1),
      code: name,
      freezer: name,
      rack: name,
      rows: z.number().int().min(1).max(26).default(9),
      columns: z.number().int().min(1).max(26).default(9),
    }),
    async handler({ store, auth, actor, roles, body }) {
      return json(await createBox(store, actor, sitesFor(requireAuth(auth), roles), body), 201);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/storage/boxes',
    summary: 'Storage boxes at my sites',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    async handler({ store, auth, roles }) {
      return json(await listBoxes(store, sitesFor(requireAuth(auth), roles)));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/storage/boxes/:boxId',
    summary: 'A box as a grid: every position with its specimen or empty',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    params: idParam('boxId'),
    async handler({ store, auth, roles, params }) {
      return json(await boxGrid(store, sitesFor(requireAuth(auth), roles), params.boxId as string));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/storage',
    summary:
      'Store a received specimen in a box position, or move a stored one (one specimen per position)',
    tag: 'specimens',
    access: siteScoped(BIOBANK),
    params: idParam('specimenId'),
    body: z.object({
      boxId: z.string().min(1),
      position: z.string().trim().min(1),
      occurredAt: instant.optional(),
      temperatureC: temperature.optional(),
      notes: note.optional(),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await storeSpecimen(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
      );
    },
  }),
];
