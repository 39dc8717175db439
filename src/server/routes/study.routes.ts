/** The study definition in force and its versions (the protocol is public registry information). */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import {
  currentProtocol,
  listProtocolVersions,
  saveProtocolVersion,
} from '../../store/protocol/protocol-repository.ts';
import { defineRoute, json } from '../route-spec.ts';

export const studyRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/study',
    summary: 'The study definition in force (protocol as data)',
    tag: 'study',
    access: { kind: 'public' },
    async handler({ store }) {
      const p = await currentProtocol(store);
      if (!p) throw new DomainError({ kind: 'not-found', entity: 'study', id: 'current' });
      return json({
        version: p.version,
        contentHash: p.contentHash,
        createdAt: p.createdAt,
        definition: p.definition,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/study/versions',
    summary: 'Every protocol version (amendments are kept, never overwritten)',
    tag: 'study',
    access: { kind: 'public' },
    async handler({ store }) {
      const p = await currentProtocol(store);
      return json(p ? await listProtocolVersions(store, p.studyId) : []);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/study/versions',
    summary: 'Install a protocol amendment (new version; the old one is kept)',
    tag: 'study',
    access: { kind: 'roles', roles: ['administrator'], scope: 'study' },
    body: z.object({
      definition: z.unknown(),
      reason: z.string().min(1, 'a reason for the amendment is required'),
    }),
    async handler({ store, actor, body }) {
      const r = await saveProtocolVersion(store, actor, body.definition, body.reason);
      return json({ version: r.version, contentHash: r.contentHash }, 201);
    },
  }),
];
