/** Adverse events of a subject: record, edit with a reason, record the SAE report, list with clocks. */
import { z } from 'zod';
import {
  adverseEventFields,
  adverseEventSchema,
  instantSchema,
} from '../../core/safety-records/adverse-event.schema.ts';
import { idText, reasonText } from '../../core/safety-records/plain-text.schema.ts';
import {
  createAdverseEvent,
  editAdverseEvent,
  listAdverseEvents,
  recordSaeReport,
} from '../../store/safety/adverse-event-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { SAFETY_READERS, SAFETY_WRITERS, siteAccess } from './safety-access.ts';

const subjectParams = z.object({ subjectId: idText });
const aeParams = subjectParams.extend({ aeId: idText });

export const adverseEventRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/adverse-events',
    summary:
      'Record an adverse event (CTCAE v5.0 term, grade 1–5, seriousness, causality, outcome)',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: subjectParams,
    body: adverseEventSchema,
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await createAdverseEvent(store, actor, { subjectId: params.subjectId, sites }, body),
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/adverse-events',
    summary:
      "A subject's adverse events with each SAE's 24 h reporting clock and grade 5 / death checks",
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(await listAdverseEvents(store, { subjectId: params.subjectId, sites }));
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/subjects/:subjectId/adverse-events/:aeId',
    summary: 'Edit an adverse event (any of its fields) with a reason for change',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: aeParams,
    body: adverseEventFields
      .partial()
      .extend({
        reason: reasonText,
      })
      .strict(),
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      const { reason, ...patch } = body;
      return json(
        await editAdverseEvent(
          store,
          actor,
          { subjectId: params.subjectId, sites },
          params.aeId,
          Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
          reason,
        ),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/adverse-events/:aeId/sae-report',
    summary:
      'Record when a serious adverse event was reported to the sponsor (stops its 24 h clock); correct it with a reason',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: aeParams,
    body: z.object({
      reportedAt: instantSchema,
      /** Required to correct a report time already recorded. */
      reason: z.string().trim().min(1, 'a reason is required').max(2000).optional(),
    }),
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await recordSaeReport(
          store,
          actor,
          { subjectId: params.subjectId, sites },
          params.aeId,
          body.reportedAt,
          body.reason,
        ),
      );
    },
  }),
];
