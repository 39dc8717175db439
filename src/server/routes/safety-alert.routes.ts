/**
 * Safety alerts (the dashboard, site-filtered), acknowledgement by an investigator, and the
 * re-evaluation of a subject's liver rules from stored labs.
 */
import { z } from 'zod';
import { idText, plainText } from '../../core/safety-records/plain-text.schema.ts';
import { runCommand } from '../../store/audit/audited-write.ts';
import { acknowledgeAlert } from '../../store/safety/safety-alert-repository.ts';
import { safetyDashboard } from '../../store/safety/safety-dashboard.ts';
import { evaluateSafetyAfterLabs } from '../../store/safety/safety-evaluation.ts';
import { loadSafetySubject } from '../../store/safety/safety-subject.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import {
  ALERT_ACKNOWLEDGERS,
  SAFETY_READERS,
  SAFETY_WRITERS,
  siteAccess,
} from './safety-access.ts';

export const safetyAlertRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/safety/alerts',
    summary:
      'Safety signals at my sites: alerts (open by default) with counts per site and subject, unreported SAEs with their 24 h clock',
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    query: z.object({
      status: z.enum(['open', 'acknowledged', 'resolved', 'all']).default('open'),
      subjectId: idText.optional(),
      siteId: idText.optional(),
    }),
    async handler({ store, auth, roles, query }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await safetyDashboard(store, sites, {
          status: query.status === 'all' ? undefined : query.status,
          subjectId: query.subjectId,
          siteId: query.siteId,
        }),
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/safety/alerts/:alertId/acknowledge',
    summary: 'Acknowledge an open safety alert, saying what was done (investigator)',
    tag: 'safety',
    access: siteAccess(ALERT_ACKNOWLEDGERS),
    params: z.object({ alertId: idText }),
    body: z.object({ note: plainText(4000) }),
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(await acknowledgeAlert(store, actor, params.alertId, body.note, sites));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/safety/evaluate',
    summary:
      "Re-evaluate the subject's leflunomide liver rules from stored labs and dosing; raise alerts",
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: z.object({ subjectId: idText }),
    async handler({ store, auth, actor, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await runCommand(store, actor, async (ctx) => {
          await loadSafetySubject(ctx.trx, params.subjectId, sites);
          return evaluateSafetyAfterLabs(ctx, params.subjectId);
        }),
      );
    },
  }),
];
