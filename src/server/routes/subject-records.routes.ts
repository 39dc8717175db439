/**
 * Add and edit routes for every subject record collection (consents, medical history, MEN-1
 * manifestations, prior therapies, MEN1 results, eligibility answers, visits, dispensing and
 * return, dose changes, missed doses, end of treatment, disposition), generated from the store's
 * collection declarations: `POST /api/subjects/:subjectId/<collection>` adds,
 * `PATCH /api/subjects/:subjectId/<collection>/:recordId` edits with a reason for change.
 * Responses carry the record and the `warnings` (query-level date findings).
 */
import { z } from 'zod';
import {
  addRecord,
  editRecord,
  type RecordCollection,
} from '../../store/subjects/record-collection.ts';
import { screeningCollections } from '../../store/subjects/screening-collections.ts';
import { treatmentCollections } from '../../store/subjects/treatment-collections.ts';
import { defineRoute, json, type RouteSpec } from '../route-spec.ts';
import { scopeOf, writeAccess } from './subject-access.ts';

const params = z.object({ subjectId: z.string().min(1).max(64) });
const patchBody = z.object({ reason: z.string().optional() }).catchall(z.unknown());

function collectionRoutes(spec: RecordCollection): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: `/api/subjects/:subjectId/${spec.segment}`,
      summary: `Record ${spec.entityType}`,
      tag: 'subject records',
      access: writeAccess,
      params,
      body: spec.schema,
      async handler({ store, auth, roles, actor, params: p, body }) {
        const r = await addRecord(store, actor, scopeOf(auth, roles, p.subjectId), spec, body);
        return json({ ...r.result, warnings: r.warnings }, 201);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: `/api/subjects/:subjectId/${spec.segment}/:recordId`,
      summary: `Edit ${spec.entityType} (a reason for change is required)`,
      tag: 'subject records',
      access: writeAccess,
      params: params.extend({ recordId: z.string().min(1).max(64) }),
      body: patchBody,
      async handler({ store, auth, roles, actor, params: p, body }) {
        const { reason, ...patch } = body;
        const r = await editRecord(
          store,
          actor,
          scopeOf(auth, roles, p.subjectId),
          spec,
          p.recordId,
          patch,
          reason,
        );
        return json({ ...r.result, warnings: r.warnings });
      },
    }),
  ];
}

export const subjectRecordCollections = [...screeningCollections, ...treatmentCollections];

export const subjectRecordRoutes = subjectRecordCollections.flatMap(collectionRoutes);
