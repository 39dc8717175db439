/**
 * CDISC exports over HTTP (issue 10): one dataset per request, streamed as it is written (XPT,
 * Dataset-JSON 1.1, CSV), define.xml for a format, or the ODM 1.3.2 file with the audit trail.
 * Statisticians and data managers; the subjects are those of the sites the caller holds the role
 * at (a study-wide grant sees every site), filtered in the query.
 */
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { isoDateSchema } from '../../core/shared/iso-date.schema.ts';
import {
  type ChunkSink,
  datasetNames,
  FILE_EXTENSION,
  TABULAR_FORMATS,
  writeDatasets,
} from '../../store/exports/dataset-stream.ts';
import { defineXmlOf } from '../../store/exports/define-xml-export.ts';
import { writeOdmExport } from '../../store/exports/odm-export.ts';
import { studyInForce } from '../../store/subjects/subject-command.ts';
import { sitesFor } from '../auth/auth-context.ts';
import { requireAuth } from '../auth/site-access.ts';
import { defineRoute, type RouteResult } from '../route-spec.ts';

const CONTENT_TYPES = {
  xpt: 'application/octet-stream',
  'dataset-json': 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

function streamSink(out: PassThrough): ChunkSink {
  return {
    async write(chunk) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
    close() {
      out.end();
    },
  };
}

export const exportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/exports/:format/:dataset',
    summary:
      'One CDISC dataset (SDTM or ADaM, e.g. dm, adsl) as SAS XPORT, Dataset-JSON 1.1 or CSV; `define` for define.xml; format odm with dataset `odm` for ODM 1.3.2 with the audit trail',
    tag: 'exports',
    access: { kind: 'roles', roles: ['statistician', 'data-manager'], scope: 'study' },
    params: z.object({
      format: z.enum([...TABULAR_FORMATS, 'odm']),
      dataset: z.string().regex(/^[a-zA-Z]{2,8}$/, 'must be a dataset name like dm or adsl'),
    }),
    query: z.object({ cut: isoDateSchema.optional() }),
    async handler({ store, auth, roles, params, query }): Promise<RouteResult> {
      const sites = sitesFor(requireAuth(auth), roles);
      const study = await studyInForce(store);
      const created = store.now();
      const scope = { sites, cut: query.cut ?? null };
      const name = params.dataset.toUpperCase();
      const out = new PassThrough();
      const fail = (e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e)));
      if (params.format === 'odm') {
        if (name !== 'ODM')
          throw new DomainError({ kind: 'not-found', entity: 'odm dataset', id: params.dataset });
        writeOdmExport(store, study, { created, scope }, streamSink(out)).catch(fail);
        return {
          kind: 'stream',
          contentType: 'application/xml; charset=utf-8',
          body: out,
          headers: { 'content-disposition': 'attachment; filename="odm.xml"' },
        };
      }
      const format = params.format;
      if (name === 'DEFINE') {
        return {
          kind: 'text',
          contentType: 'application/xml; charset=utf-8',
          body: defineXmlOf(study, created, format),
          headers: { 'content-disposition': 'attachment; filename="define.xml"' },
        };
      }
      if (!datasetNames(study).includes(name))
        throw new DomainError({ kind: 'not-found', entity: 'dataset', id: params.dataset });
      const file = `${name.toLowerCase()}.${FILE_EXTENSION[format]}`;
      writeDatasets(
        store.db,
        { created, study, scope, format },
        () => streamSink(out),
        new Set([name]),
      ).catch(fail);
      return {
        kind: 'stream',
        contentType: CONTENT_TYPES[format],
        body: out,
        headers: { 'content-disposition': `attachment; filename="${file}"` },
      };
    },
  }),
];
