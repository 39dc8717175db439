/**
 * The reviewed authorisation matrix: for every route, who may call it. It repeats the routes'
 * own `access` on purpose — a permission change must be made twice, in the route and here, and
 * the matrix test fails when the two disagree or when a route has no row.
 * `scope: 'site'` routes additionally filter data to the caller's sites (tested per capability).
 */
import type { Role } from '../core/access/roles.ts';

export type MatrixRow = { allow: 'public' | 'signed-in' | readonly Role[] };

const ADMIN: Role[] = ['administrator'];
// the blinded radiology reviewer reads no casebook-wide integrity records (integrity.routes.ts)
const SITE_READERS: Role[] = ['investigator', 'coordinator', 'data-manager', 'monitor', 'auditor'];

const SAFETY_WRITERS: Role[] = ['coordinator', 'investigator'];
const SAFETY_READERS: Role[] = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
];

const SUBJECT_WRITERS: Role[] = ['coordinator', 'investigator'];
const SUBJECT_READERS: Role[] = [
  'coordinator',
  'investigator',
  'monitor',
  'data-manager',
  'statistician',
  'auditor',
];
const SUBJECT_READERS_AND_IMAGING: Role[] = [...SUBJECT_READERS, 'radiology-reviewer'];

const SPECIMEN_READERS: Role[] = [
  'investigator',
  'coordinator',
  'data-manager',
  'monitor',
  'auditor',
  'biobank-technician',
];
const SPECIMEN_HANDLERS: Role[] = ['coordinator', 'investigator', 'biobank-technician'];

export const authorizationMatrix: Record<string, MatrixRow> = {
  'GET /api/health': { allow: 'public' },
  'GET /api/study': { allow: 'public' },
  'GET /api/study/versions': { allow: 'public' },
  'POST /api/study/versions': { allow: ADMIN },
  'POST /api/auth/login': { allow: 'public' },
  'POST /api/auth/logout': { allow: 'signed-in' },
  'GET /api/auth/me': { allow: 'signed-in' },
  'GET /api/auth/sessions': { allow: 'signed-in' },
  'POST /api/auth/password': { allow: 'signed-in' },
  'POST /api/auth/set-password': { allow: 'public' },
  'GET /api/admin/users': { allow: ADMIN },
  'POST /api/admin/users': { allow: ADMIN },
  'GET /api/admin/users/:userId': { allow: ADMIN },
  'POST /api/admin/users/:userId/reset-token': { allow: ADMIN },
  'POST /api/admin/users/:userId/status': { allow: ADMIN },
  'POST /api/admin/users/:userId/grants': { allow: ADMIN },
  'POST /api/admin/grants/:grantId/revoke': { allow: ADMIN },
  'GET /api/sites': { allow: 'signed-in' },
  'POST /api/sites': { allow: ADMIN },
  'POST /api/locks': { allow: ['data-manager'] },
  'POST /api/locks/:lockId/unlock': { allow: ['data-manager'] },
  'GET /api/locks': { allow: SITE_READERS },
  'POST /api/signatures': { allow: ['investigator'] },
  'GET /api/subjects/:subjectId/signatures': { allow: SITE_READERS },
  'POST /api/sdv': { allow: ['monitor'] },
  'GET /api/subjects/:subjectId/sdv': { allow: SITE_READERS },
  'POST /api/queries': { allow: ['data-manager', 'monitor'] },
  'POST /api/queries/:queryId/answer': { allow: ['coordinator', 'investigator'] },
  'POST /api/queries/:queryId/close': { allow: ['data-manager', 'monitor'] },
  'POST /api/queries/:queryId/reopen': { allow: ['data-manager', 'monitor'] },
  'GET /api/queries': { allow: SITE_READERS },
  'GET /api/queries/counts': { allow: SITE_READERS },
  // only the queries on the independent reads, for the reviewer who made them (issue 9)
  'GET /api/subjects/:subjectId/independent-read-queries': { allow: ['radiology-reviewer'] },
  'POST /api/independent-read-queries/:queryId/answer': { allow: ['radiology-reviewer'] },
  'GET /api/analysis/overview': {
    allow: ['statistician', 'data-manager', 'auditor', 'investigator', 'coordinator', 'monitor'],
  },
  'GET /api/audit': { allow: ['auditor', 'data-manager', 'monitor'] },
  'GET /api/audit/verify': { allow: ['auditor', 'data-manager', 'administrator'] },
  'GET /api/audit/export': { allow: ['auditor', 'data-manager'] },
  // data cuts and reports (issue 12): the statistician cuts and reports; readers of the study
  'POST /api/data-cuts': { allow: ['statistician'] },
  'GET /api/data-cuts': { allow: ['statistician', 'data-manager', 'auditor'] },
  'GET /api/data-cuts/:name': { allow: ['statistician', 'data-manager', 'auditor'] },
  'GET /api/data-cuts/:name/report': { allow: ['statistician'] },
  // safety (issue 6): coordinators and investigators record, investigators acknowledge alerts
  'POST /api/subjects/:subjectId/adverse-events': { allow: SAFETY_WRITERS },
  'GET /api/subjects/:subjectId/adverse-events': { allow: SAFETY_READERS },
  'PATCH /api/subjects/:subjectId/adverse-events/:aeId': { allow: SAFETY_WRITERS },
  'POST /api/subjects/:subjectId/adverse-events/:aeId/sae-report': { allow: SAFETY_WRITERS },
  'POST /api/subjects/:subjectId/concomitant-medications': { allow: SAFETY_WRITERS },
  'GET /api/subjects/:subjectId/concomitant-medications': { allow: SAFETY_READERS },
  'PATCH /api/subjects/:subjectId/concomitant-medications/:cmId': { allow: SAFETY_WRITERS },
  'POST /api/subjects/:subjectId/deviations': { allow: SAFETY_WRITERS },
  'GET /api/subjects/:subjectId/deviations': { allow: SAFETY_READERS },
  'GET /api/subjects/:subjectId/lab-grades': { allow: SAFETY_READERS },
  'GET /api/subjects/:subjectId/lab-grades/worst': { allow: SAFETY_READERS },
  'GET /api/safety/alerts': { allow: SAFETY_READERS },
  'POST /api/safety/alerts/:alertId/acknowledge': { allow: ['investigator'] },
  'POST /api/subjects/:subjectId/safety/evaluate': { allow: SAFETY_WRITERS },
  // subjects (issue 5): coordinators and investigators write at their sites; monitors, data
  // managers, statisticians and auditors read; the radiology reviewer finds subjects, reads and
  // records tumour measurements
  'GET /api/subjects': { allow: SUBJECT_READERS_AND_IMAGING },
  'POST /api/subjects': { allow: SUBJECT_WRITERS },
  'GET /api/subjects/:subjectId': { allow: SUBJECT_READERS },
  'PATCH /api/subjects/:subjectId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/screen-failure': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/enrolment': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/consents/:consentId/withdrawal': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/consents': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/consents/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/medical-history': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/medical-history/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/men1-manifestations': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/men1-manifestations/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/prior-therapies': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/prior-therapies/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/men1-results': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/men1-results/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/eligibility-answers': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/eligibility-answers/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/visits': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/visits/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/dispensations': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/dispensations/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/drug-returns': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/drug-returns/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/dose-changes': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/dose-changes/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/missed-doses': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/missed-doses/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/treatment-end': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/treatment-end/:recordId': { allow: SUBJECT_WRITERS },
  'POST /api/subjects/:subjectId/disposition': { allow: SUBJECT_WRITERS },
  'PATCH /api/subjects/:subjectId/disposition/:recordId': { allow: SUBJECT_WRITERS },
  'PUT /api/subjects/:subjectId/visits/:visitId/panels/:panelId': { allow: SUBJECT_WRITERS },
  'PUT /api/subjects/:subjectId/visits/:visitId/tumour-assessment': {
    allow: [...SUBJECT_WRITERS, 'radiology-reviewer'],
  },
  'GET /api/subjects/:subjectId/tumour-assessments': { allow: SUBJECT_READERS_AND_IMAGING },
  'GET /api/subjects/:subjectId/recist': { allow: SUBJECT_READERS_AND_IMAGING },
  'GET /api/subjects/:subjectId/imaging': { allow: SUBJECT_READERS_AND_IMAGING },
  // Specimens (issue 7): sites collect and ship, the biobank receives, stores, distributes, imports.
  'POST /api/specimens': { allow: ['coordinator', 'investigator'] },
  'GET /api/specimens': { allow: SPECIMEN_READERS },
  'GET /api/specimens/by-label/:label': { allow: SPECIMEN_READERS },
  'GET /api/specimens/:specimenId': { allow: SPECIMEN_READERS },
  'POST /api/specimens/:specimenId/processing': { allow: SPECIMEN_HANDLERS },
  'POST /api/specimens/:specimenId/aliquots': { allow: SPECIMEN_HANDLERS },
  'POST /api/specimens/:specimenId/uses': { allow: SPECIMEN_HANDLERS },
  'POST /api/specimens/:specimenId/custody': { allow: SPECIMEN_HANDLERS },
  'POST /api/specimens/:specimenId/storage': { allow: ['biobank-technician'] },
  'GET /api/specimen-labels': { allow: SPECIMEN_READERS },
  'GET /api/specimen-withdrawal-tasks': { allow: SPECIMEN_READERS },
  'POST /api/specimen-imports': { allow: ['biobank-technician'] },
  'POST /api/shipments': { allow: ['coordinator', 'investigator'] },
  'GET /api/shipments': { allow: SPECIMEN_READERS },
  'GET /api/shipments/:shipmentId': { allow: SPECIMEN_READERS },
  'POST /api/shipments/:shipmentId/receipt': { allow: ['biobank-technician'] },
  'POST /api/storage/boxes': { allow: ['biobank-technician'] },
  'GET /api/storage/boxes': { allow: SPECIMEN_READERS },
  'GET /api/storage/boxes/:boxId': { allow: SPECIMEN_READERS },
  'POST /api/specimens/:specimenId/men1-results': { allow: ['coordinator', 'investigator'] },
  'PATCH /api/men1-results/:resultId': { allow: ['coordinator', 'investigator'] },
  'GET /api/men1-results': { allow: SPECIMEN_READERS },
  // CDISC exports (issue 10): statisticians and data managers; subjects of the sites they hold
  'GET /api/exports/:format/:dataset': { allow: ['statistician', 'data-manager'] },
};
