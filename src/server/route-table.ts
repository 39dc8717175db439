/**
 * Every HTTP route of oncotrial. A capability adds its `*.routes.ts` array here; the
 * authorisation matrix test and the OpenAPI document both read this table.
 */

import type { RouteSpec } from './route-spec.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { analysisRoutes } from './routes/analysis.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { dataCutRoutes } from './routes/data-cut.routes.ts';
import { dataCutReportRoutes } from './routes/data-cut-report.routes.ts';
import { exportRoutes } from './routes/export.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { independentReadQueryRoutes } from './routes/independent-read-queries.routes.ts';
import { integrityRoutes } from './routes/integrity.routes.ts';
import { men1ResultRoutes } from './routes/men1-result.routes.ts';
import { safetyRoutes } from './routes/safety.routes.ts';
import { shipmentRoutes } from './routes/shipment.routes.ts';
import { siteRoutes } from './routes/site.routes.ts';
import { specimenRoutes } from './routes/specimen.routes.ts';
import { storageRoutes } from './routes/storage.routes.ts';
import { studyRoutes } from './routes/study.routes.ts';
import { subjectRecordRoutes } from './routes/subject-records.routes.ts';
import { subjectVisitRoutes } from './routes/subject-visits.routes.ts';
import { subjectRoutes } from './routes/subjects.routes.ts';

export const routeTable: RouteSpec[] = [
  ...healthRoutes,
  ...studyRoutes,
  ...authRoutes,
  ...adminRoutes,
  ...siteRoutes,
  ...integrityRoutes,
  ...independentReadQueryRoutes,
  ...auditRoutes,
  ...specimenRoutes,
  ...shipmentRoutes,
  ...storageRoutes,
  ...men1ResultRoutes,
  ...analysisRoutes,
  ...dataCutRoutes,
  ...dataCutReportRoutes,
  ...safetyRoutes,
  ...subjectRoutes,
  ...subjectRecordRoutes,
  ...subjectVisitRoutes,
  ...exportRoutes,
];
