/**
 * The report of a data cut over HTTP (statistician): HTML (self-contained), CSV (the index of
 * tables, or one table with `table=`), or PDF rendered by Debian's Chromium (503 when it is not
 * installed). Study scope: a cut holds every site.
 */
import { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { chromiumAvailable, htmlToPdf } from '../../store/reports/chromium-pdf.ts';
import { cutReport, reportStem } from '../../store/reports/cut-report.ts';
import { defineRoute, type RouteResult } from '../route-spec.ts';

export const dataCutReportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/data-cuts/:name/report',
    summary:
      'Analysis report of a data cut: HTML, CSV tables or PDF; interim/final, closed/open, en/zh-CN',
    tag: 'reports',
    access: { kind: 'roles', roles: ['statistician'], scope: 'study' },
    params: z.object({ name: z.string().min(1).max(80) }),
    query: z
      .object({
        kind: z.enum(['interim', 'final']),
        lang: z.enum(['en', 'zh-CN']).default('en'),
        version: z.enum(['closed', 'open']).default('closed'),
        format: z.enum(['html', 'csv', 'pdf']).default('html'),
        table: z
          .string()
          .regex(/^[a-z0-9-]{1,80}$/, 'a table id from the index')
          .optional(),
      })
      .strict(),
    async handler({ store, params, query }): Promise<RouteResult> {
      const req = { cut: params.name, kind: query.kind, lang: query.lang, blinding: query.version };
      const r = await cutReport(store, req);
      const stem = reportStem(req);
      const attach = (ext: string) => ({
        'content-disposition': `inline; filename="${stem}.${ext}"`,
      });
      if (query.format === 'html')
        return {
          kind: 'text',
          contentType: 'text/html; charset=utf-8',
          body: r.html,
          headers: attach('html'),
        };
      if (query.format === 'csv') {
        if (!query.table)
          return {
            kind: 'text',
            contentType: 'text/csv; charset=utf-8',
            body: r.csvIndex,
            headers: attach('csv'),
          };
        const hit = r.csv.find(([name]) => name === `${query.table}.csv`);
        if (!hit)
          throw new DomainError({ kind: 'not-found', entity: 'report-table', id: query.table });
        return {
          kind: 'text',
          contentType: 'text/csv; charset=utf-8',
          body: hit[1],
          headers: { 'content-disposition': `inline; filename="${stem}-${hit[0]}"` },
        };
      }
      if (!chromiumAvailable())
        return {
          kind: 'json',
          status: 503,
          body: {
            type: 'about:blank',
            title: 'PDF renderer unavailable',
            status: 503,
            detail: 'Chromium is not installed on the server',
          },
        };
      return {
        kind: 'text',
        contentType: 'application/pdf',
        body: await htmlToPdf(r.html, { instant: r.takenAt }),
        headers: attach('pdf'),
      };
    },
  }),
];
