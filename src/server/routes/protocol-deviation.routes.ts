/** Protocol deviations of a subject: recorded by hand, listed with the automatic ones. */
import { z } from 'zod';
import { idText } from '../../core/safety-records/plain-text.schema.ts';
import { protocolDeviationSchema } from '../../core/safety-records/protocol-deviation.schema.ts';
import {
  listDeviations,
  recordDeviation,
} from '../../store/safety/protocol-deviation-repository.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';
import { SAFETY_READERS, SAFETY_WRITERS, siteAccess } from './safety-access.ts';

const subjectParams = z.object({ subjectId: idText });

export const protocolDeviationRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/subjects/:subjectId/deviations',
    summary: 'Record a protocol deviation (category, severity, date, description)',
    tag: 'safety',
    access: siteAccess(SAFETY_WRITERS),
    params: subjectParams,
    body: protocolDeviationSchema,
    async handler({ store, auth, actor, roles, params, body }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(
        await recordDeviation(store, actor, { subjectId: params.subjectId, sites }, body),
        201,
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/subjects/:subjectId/deviations',
    summary: "A subject's protocol deviations, manual and automatic",
    tag: 'safety',
    access: siteAccess(SAFETY_READERS),
    params: subjectParams,
    async handler({ store, auth, roles, params }) {
      const sites = sitesFor(requireAuth(auth), roles);
      return json(await listDeviations(store, { subjectId: params.subjectId, sites }));
    },
  }),
];
