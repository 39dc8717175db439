/**
 * Live analysis for the dashboard: endpoints, tumour response plots, CONSORT flow, safety
 * summary, open queries and overdue visits — for the caller's sites, derived by the core from
 * the live data at request time.
 */
import { z } from 'zod';
import { isIsoDate } from '../../core/shared/calendar-date.ts';
import { liveStudyOverview } from '../../store/analysis/study-overview-repository.ts';
import { studyInForce } from '../../store/subjects/subject-command.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';

export const analysisRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/analysis/overview',
    summary:
      'Study overview: ORR/DCR with exact CIs, PFS/OS Kaplan–Meier, Simon decision, waterfall/swimmer/spider data, CONSORT, safety, queries, overdue visits',
    tag: 'analysis',
    access: {
      kind: 'roles',
      roles: ['statistician', 'data-manager', 'auditor', 'investigator', 'coordinator', 'monitor'],
      scope: 'site',
    },
    query: z.object({
      asOf: z.string().refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD').optional(),
    }),
    async handler({ store, auth, roles, query }) {
      const study = await studyInForce(store);
      const asOf = query.asOf ?? store.now().slice(0, 10);
      // without an explicit asOf, overdue visits are judged on each site's own today
      return json(
        await liveStudyOverview(store, study, sitesFor(requireAuth(auth), roles), asOf, {
          kind: query.asOf ? 'as-of' : 'site-today',
        }),
      );
    },
  }),
];
