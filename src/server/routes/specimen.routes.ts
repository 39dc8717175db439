/**
 * Specimens: collect, list, find by label, processing steps, aliquots, uses, custody steps,
 * printable label sheets, the consent-withdrawal task list and the CSV import of received
 * specimens. Who may do what: `specimen-access.ts`.
 */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { CUSTODY_STATES } from '../../core/specimens/custody-transitions.ts';
import { labelSheetHtml } from '../../core/specimens/label-sheet.ts';
import {
  SPECIMEN_TYPE_INFO,
  SPECIMEN_TYPES,
  type SpecimenType,
} from '../../core/specimens/specimen-types.ts';
import { USE_PURPOSES } from '../../core/specimens/specimen-use-purposes.ts';
import {
  performCustodyAction,
  SIMPLE_CUSTODY_ACTIONS,
} from '../../store/specimens/custody-repository.ts';
import {
  addProcessingStep,
  makeAliquots,
  PROCESSING_STEPS,
  recordUse,
} from '../../store/specimens/processing-repository.ts';
import { importReceivedSpecimens } from '../../store/specimens/specimen-import.ts';
import {
  collectSpecimen,
  findSpecimenByLabel,
  getSpecimen,
  listSpecimens,
} from '../../store/specimens/specimen-repository.ts';
import { visibleSpecimens } from '../../store/specimens/specimen-scope.ts';
import { withdrawalTasks } from '../../store/specimens/withdrawal-tasks.ts';
import { wallClockAt } from '../../store/subjects/site-today.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import {
  BIOBANK,
  HANDLERS,
  SITE_HANDLERS,
  SPECIMEN_READERS,
  siteScoped,
} from './specimen-access.ts';
import { idParam, instant, note, quantity, temperature } from './specimen-schemas.ts';

const specimenParams = idParam('specimenId');

export const specimenRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/specimens',
    summary:
      'Collect a specimen at the subject\u2019s site (main consent; label given or generated)',
    tag: 'specimens',
    access: siteScoped(SITE_HANDLERS),
    body: z.object({
      subjectId: z.string().min(1),
      type: z.enum(SPECIMEN_TYPES),
      quantity,
      collectedAt: instant,
      visitId: z.string().min(1).optional(),
      label: z.string().trim().min(1).optional(),
      integrity: z.enum(['intact', 'damaged']).optional(),
      temperatureC: temperature.optional(),
      notes: note.optional(),
    }),
    async handler({ store, auth, actor, roles, body }) {
      return json(
        await collectSpecimen(store, actor, sitesFor(requireAuth(auth), roles), body),
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/specimens',
    summary: 'Specimens collected at or held by my sites',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    query: z.object({
      subjectId: z.string().min(1).optional(),
      state: z.enum(CUSTODY_STATES).optional(),
      type: z.enum(SPECIMEN_TYPES).optional(),
      custodySiteId: z.string().min(1).optional(),
    }),
    async handler({ store, auth, roles, query }) {
      return json(await listSpecimens(store, sitesFor(requireAuth(auth), roles), query));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/specimens/by-label/:label',
    summary: 'Find a specimen by its label (barcode scan)',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    params: z.object({ label: z.string().min(1) }),
    async handler({ store, auth, roles, params }) {
      return json(
        await findSpecimenByLabel(store, sitesFor(requireAuth(auth), roles), params.label),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/specimens/:specimenId',
    summary: 'One specimen with its chain of custody, processing, uses and aliquots',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    params: specimenParams,
    async handler({ store, auth, roles, params }) {
      return json(
        await getSpecimen(store, sitesFor(requireAuth(auth), roles), params.specimenId as string),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/processing',
    summary: 'Record a processing step with its times (a collected specimen becomes processed)',
    tag: 'specimens',
    access: siteScoped(HANDLERS),
    params: specimenParams,
    body: z.object({
      step: z.enum(PROCESSING_STEPS),
      startedAt: instant,
      endedAt: instant,
      parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      notes: note.optional(),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await addProcessingStep(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
        201,
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/aliquots',
    summary: 'Make aliquots or derivatives (children with their own labels)',
    tag: 'specimens',
    access: siteScoped(HANDLERS),
    params: specimenParams,
    body: z.object({
      type: z.enum(SPECIMEN_TYPES),
      count: z.number().int().min(1).max(50),
      quantityEach: quantity,
      startedAt: instant,
      endedAt: instant,
      consumeParent: z.boolean().optional(),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await makeAliquots(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
        201,
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/uses',
    summary:
      'Take a quantity from a specimen; the remaining quantity goes down (the last of it consumes it)',
    tag: 'specimens',
    access: siteScoped(HANDLERS),
    params: specimenParams,
    body: z.object({ quantity, purpose: z.enum(USE_PURPOSES), occurredAt: instant.optional() }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await recordUse(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
        201,
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimens/:specimenId/custody',
    summary:
      'A custody step: keep at the site, use up, destroy, or distribute (research or return)',
    tag: 'specimens',
    access: siteScoped(HANDLERS),
    params: specimenParams,
    body: z.object({
      action: z.enum(SIMPLE_CUSTODY_ACTIONS),
      occurredAt: instant.optional(),
      temperatureC: temperature.optional(),
      integrity: z.enum(['intact', 'damaged']).optional(),
      notes: note.optional(),
      recipient: note.optional(),
      purpose: z.enum(['research', 'return']).optional(),
      reason: note.optional(),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      return json(
        await performCustodyAction(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          params.specimenId as string,
          body,
        ),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/specimen-labels',
    summary: 'A printable label sheet (HTML with Code 128 barcodes) for specimens or a shipment',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    query: z
      .object({
        ids: z.string().min(1).optional(),
        shipmentId: z.string().min(1).optional(),
      })
      .refine((q) => q.ids || q.shipmentId, {
        message: 'give ids (comma-separated) or a shipmentId',
        path: ['ids'],
      }),
    async handler({ store, auth, roles, query }) {
      const sites = sitesFor(requireAuth(auth), roles);
      let q = visibleSpecimens(store.db, sites);
      if (sites !== 'all' && sites.length === 0) q = q.where('specimens.id', '=', '-');
      if (query.ids)
        q = q.where(
          'specimens.id',
          'in',
          query.ids
            .split(',')
            .map((s) => s.trim())
            .slice(0, 500),
        );
      if (query.shipmentId)
        q = q.where(
          'specimens.id',
          'in',
          (eb) =>
            eb
              .selectFrom('shipment_items')
              .select('specimen_id')
              .where('shipment_id', '=', query.shipmentId as string)
              .where('on_manifest', '=', 1)
              .where('specimen_id', 'is not', null) as never,
        );
      const rows = await q.orderBy('specimens.label').execute();
      if (rows.length === 0)
        throw new DomainError({
          kind: 'not-found',
          entity: 'specimens',
          id: query.ids ?? query.shipmentId ?? '',
        });
      const subjects = await store.db
        .selectFrom('subjects')
        .select(['id', 'subject_code', 'screening_number'])
        .where('id', 'in', [...new Set(rows.map((r) => r.subject_id))])
        .execute();
      const name = new Map(subjects.map((s) => [s.id, s.subject_code ?? s.screening_number]));
      const siteZones = await store.db
        .selectFrom('sites')
        .select(['id', 'timezone'])
        .where('id', 'in', [...new Set(rows.map((r) => r.site_id))])
        .execute();
      const zone = new Map(siteZones.map((s) => [s.id, s.timezone]));
      const html = labelSheetHtml(
        rows.map((r) => ({
          label: r.label,
          subject: name.get(r.subject_id) ?? '',
          type: SPECIMEN_TYPE_INFO[r.type as SpecimenType]?.label ?? r.type,
          quantity: `${r.remaining_quantity} ${r.unit}`,
          // the collecting site's wall clock, as written on the requisition at the bedside
          collectedAt: wallClockAt(r.collected_at, zone.get(r.site_id) ?? 'UTC'),
        })),
        query.shipmentId ? `Shipment ${query.shipmentId}` : 'Specimen labels',
      );
      return { kind: 'text', contentType: 'text/html; charset=utf-8', body: html };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/specimen-withdrawal-tasks',
    summary: 'Specimens to destroy or return because the biobank consent was withdrawn',
    tag: 'specimens',
    access: siteScoped(SPECIMEN_READERS),
    async handler({ store, auth, roles }) {
      return json(await withdrawalTasks(store, sitesFor(requireAuth(auth), roles)));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/specimen-imports',
    summary:
      'Import a CSV of specimens received at the biobank: all rows or none, with row-level errors',
    tag: 'specimens',
    access: siteScoped(BIOBANK),
    body: z.object({ siteId: z.string().min(1), csv: z.string().min(1).max(5_000_000) }),
    async handler({ store, auth, actor, roles, body }) {
      return json(
        await importReceivedSpecimens(
          store,
          actor,
          sitesFor(requireAuth(auth), roles),
          body.siteId,
          body.csv,
        ),
        201,
      );
    },
  }),
];
