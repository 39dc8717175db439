/** Liveness and readiness: the database answers and the audit chain head is readable. */
import { defineRoute, json } from '../route-spec.ts';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/health',
    summary: 'Service health: database reachable',
    tag: 'system',
    access: { kind: 'public' },
    async handler({ store }) {
      const head = await store.db.selectFrom('audit_chain_head').select(['seq']).executeTakeFirst();
      return json({ status: 'ok', database: store.dialect, auditEvents: Number(head?.seq ?? 0) });
    },
  }),
];
