/** The audit trail viewer: per subject, record or user; chain verification; export with the verification result. */
import { z } from 'zod';
import { readAuditTrail } from '../../store/audit/audit-trail-query.ts';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, json } from '../route-spec.ts';

const filter = z.object({
  subjectId: z.string().min(1).optional(),
  entityType: z.string().min(1).optional(),
  entityId: z.string().min(1).optional(),
  actorId: z.string().min(1).optional(),
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  // spreadsheet formula injection (OWASP CSV injection): neutralise a leading = + - @ tab CR
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit events (who, when, what, old and new value, why), filtered to my sites',
    tag: 'audit',
    access: { kind: 'roles', roles: ['auditor', 'data-manager', 'monitor'], scope: 'site' },
    query: filter,
    async handler({ store, auth, roles, query }) {
      return json(await readAuditTrail(store, sitesFor(requireAuth(auth), roles), query));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/audit/verify',
    summary: 'Verify the whole hash chain and the checkpoint outside the database',
    tag: 'audit',
    access: { kind: 'roles', roles: ['auditor', 'data-manager', 'administrator'], scope: 'study' },
    async handler({ store }) {
      return json(await verifyAuditChain(store));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/audit/export',
    summary: 'Export the audit trail as CSV, headed by the chain verification result',
    tag: 'audit',
    access: { kind: 'roles', roles: ['auditor', 'data-manager'], scope: 'site' },
    query: filter,
    async handler({ store, auth, roles, query }) {
      const v = await verifyAuditChain(store);
      const events = await readAuditTrail(store, sitesFor(requireAuth(auth), roles), {
        ...query,
        limit: query.limit ?? 5000,
      });
      const head = [
        `# audit chain: ${v.ok ? 'VERIFIED' : `BROKEN at event ${v.firstBreak?.seq} (${v.firstBreak?.kind})`}; ${v.events} events; head ${v.headSeq} ${v.headHash}`,
        'seq,occurred_at,actor_id,actor_name,action,entity_type,entity_id,site_id,subject_id,changes,reason,hash',
      ];
      const lines = events.map((e) =>
        [
          e.seq,
          e.occurredAt,
          e.actorId,
          e.actorName,
          e.action,
          e.entityType,
          e.entityId,
          e.siteId,
          e.subjectId,
          e.changes,
          e.reason,
          e.hash,
        ]
          .map(csvCell)
          .join(','),
      );
      return {
        kind: 'text',
        contentType: 'text/csv; charset=utf-8',
        body: `${[...head, ...lines].join('\n')}\n`,
        headers: { 'content-disposition': 'attachment; filename="audit-trail.csv"' },
      };
    },
  }),
];
