/** Shipments to the central biobank and their receipt with per-specimen reconciliation. */
import { z } from 'zod';
import {
  createShipment,
  getShipment,
  listShipments,
  receiveShipment,
  SHIPPING_CONDITIONS,
} from '../../store/specimens/shipment-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { BIOBANK, SITE_HANDLERS, SPECIMEN_READERS, siteScoped } from './specimen-access.ts';
import { idParam, instant, note, temperature } from './specimen-schemas.ts';

export const shipmentRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/shipments',
    summary: 'Ship specimens to the central biobank with a manifest (biobank consent required)',
    tag: 'specimens',
    access: siteScoped(SITE_HANDLERS),
    body: z.object({
      toSiteId: z.string().min(1),
      specimenIds: z.array(z.string().min(1)).min(1).max(500),
      shippingCondition: z.enum(SHIPPING_CONDITIONS),
      courier: note.optional(),
      trackingNumber: note.optional(),
      shippedAt: instant.optional(),
      temperatureC: temperature.optional(),
    }),
    async handler({ store, auth, actor, roles, body }) {
      return json(
        await createShipment(store, actor, sitesFor(requireAuth(auth), roles), body),
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/shipments',
    summary: 'Shipments from or to my sites',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    query: z.object({
      status: z.enum(['in-transit', 'received', 'received-with-discrepancies']).optional(),
    }),
    async handler({ store, auth, roles, query }) {
      return json(await listShipments(store, sitesFor(requireAuth(auth), roles), query.status));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/shipments/:shipmentId',
    summary: 'A shipment with its manifest and reconciliation',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    params: idParam('shipmentId'),
    async handler({ store, auth, roles, params }) {
      return json(
        await getShipment(store, sitesFor(requireAuth(auth), roles), params.shipmentId as string),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/shipments/:shipmentId/receipt',
    summary:
      'Receive a shipment: scanned labels reconciled with the manifest; discrepancies raise queries',
    tag: 'specimens',
    access: siteScoped(BIOBANK),
    params: idParam('shipmentId'),
    body: z.object({
      receivedAt: instant.optional(),
      temperatureC: temperature.optional(),
      items: z
        .array(
          z.object({
            label: z.string().trim().min(1),
            integrity: z.enum(['intact', 'damaged']),
            note: note.optional(),
            temperatureC: temperature.optional(),
          }),
        )
        .max(1000),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await receiveShipment(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.shipmentId as string,
          body,
        ),
      );
    },
  }),
];
