/**
 * Reads of subjects, always filtered to the caller's sites in the query: the list with derived
 * statuses, one subject's full view, its tumour assessments and its RECIST evaluation.
 */
import { DomainError } from '../../core/shared/domain-error.ts';
import { compareResponses } from '../../core/subjects/recist-agreement.ts';
import type { SubjectStatusKind } from '../../core/subjects/subject-status.ts';
import type { Store } from '../open-store.ts';
import { recordedResponses } from './recorded-responses.ts';
import { siteTodayLookup } from './site-today.ts';
import { studyInForce } from './subject-command.ts';
import { recistOf } from './subject-events.ts';
import {
  camel,
  findSubject,
  loadSubjectFile,
  loadSubjectFiles,
  type SubjectFile,
} from './subject-file.ts';
import { type SubjectSummary, subjectDetail, subjectSummary } from './subject-view.ts';

type Sites = 'all' | string[];
export type TumourReader = 'site' | 'independent';
/**
 * Which readers' tumour assessments the caller may see at a subject's site. The independent
 * reviewer is blinded to the site's reads (src/server/routes/subject-access.ts `visibleReaders`).
 */
export type ReadersAt = (siteId: string) => readonly TumourReader[];
const EVERY_READER: ReadersAt = () => ['site', 'independent'];

export async function listSubjects(
  store: Store,
  sites: Sites,
  filter: { siteId?: string | undefined; status?: SubjectStatusKind | undefined },
): Promise<SubjectSummary[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  const study = await studyInForce(store);
  let q = store.db.selectFrom('subjects').selectAll().where('study_id', '=', study.id);
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  if (filter.siteId) q = q.where('site_id', '=', filter.siteId);
  const rows = await q.orderBy('screening_number').execute();
  const files = await loadSubjectFiles(store.db, rows.map(camel));
  const today = await siteTodayLookup(store);
  return files
    .map((f) => subjectSummary(f, study, today(f.subject.siteId)))
    .filter((s) => !filter.status || s.status.kind === filter.status);
}

async function fileAt(store: Store, sites: Sites, subjectId: string): Promise<SubjectFile> {
  const subject = await findSubject(store.db, subjectId, sites);
  if (!subject) throw new DomainError({ kind: 'not-found', entity: 'subject', id: subjectId });
  return loadSubjectFile(store.db, subject);
}

export async function getSubject(store: Store, sites: Sites, subjectId: string) {
  const [study, file, today] = await Promise.all([
    studyInForce(store),
    fileAt(store, sites, subjectId),
    siteTodayLookup(store),
  ]);
  return subjectDetail(file, study, today(file.subject.siteId));
}

export async function getTumourAssessments(
  store: Store,
  sites: Sites,
  subjectId: string,
  readersAt: ReadersAt = EVERY_READER,
) {
  const file = await fileAt(store, sites, subjectId);
  const visitKind = new Map(file.visits.map((v) => [v.id, v.kind]));
  const visible = readersAt(file.subject.siteId);
  return {
    subjectId,
    subjectCode: file.subject.subjectCode,
    enrollmentDate: file.subject.enrollmentDate,
    assessments: file.tumour_assessments
      .filter((t) => visible.includes(t.reader as TumourReader))
      .map((t) => ({
        id: t.id,
        visitId: t.visitId,
        visitKind: visitKind.get(t.visitId) ?? null,
        reader: t.reader,
        date: t.assessmentDate,
        lesions: JSON.parse(t.lesions) as unknown,
        tumourMarkersNormal:
          t.tumourMarkersNormal === null ? null : Number(t.tumourMarkersNormal) === 1,
        investigatorResponse: t.investigatorResponse,
      })),
  };
}

/**
 * The RECIST engine's evaluation of one reader's stored scans (`evaluateSubject` output), each
 * time point with the reader's own response beside the engine's and whether they agree.
 */
export async function getRecist(
  store: Store,
  sites: Sites,
  subjectId: string,
  reader: TumourReader,
  readersAt: ReadersAt = EVERY_READER,
) {
  const [study, file] = await Promise.all([studyInForce(store), fileAt(store, sites, subjectId)]);
  if (!readersAt(file.subject.siteId).includes(reader))
    throw new DomainError({
      kind: 'forbidden',
      rule: 'blinded-reader',
      message: `the independent review is blinded to the ${reader} reads`,
    });
  const r = recistOf(file, study, reader);
  if (!r.result)
    throw new DomainError({
      kind: 'conflict',
      rule: 'recist-not-evaluable',
      message: `no RECIST evaluation for this subject (${reader} reads): ${r.problems.join('; ')}`,
    });
  // The reader's own response beside the engine's at each time point (issue 9).
  const agreement = compareResponses(r.result.timepoints, recordedResponses(file, reader));
  const at = new Map(agreement.map((a) => [a.date, a]));
  return {
    reader,
    setAside: r.setAside,
    ...r.result,
    timepoints: r.result.timepoints.map((t) => {
      const a = at.get(t.date);
      return {
        ...t,
        investigatorResponse: a?.investigator ?? null,
        agrees: a?.agrees ?? null,
        agreementReasons: a?.reasons ?? [],
      };
    }),
    /** Responses recorded on scans the engine scores no time point for (the baseline). */
    unscoredResponses: agreement
      .filter((a) => a.engine === null)
      .map((a) => ({ date: a.date, investigatorResponse: a.investigator, reasons: a.reasons })),
    disagreements: agreement.filter((a) => a.agrees === false).length,
  };
}

/**
 * What tumour imaging needs of a subject and nothing more (issue 9, the independent radiology
 * reviewer's casebook): its codes, site and day 1 (RECIST's baseline is the last scan on or
 * before it), and the visits whose protocol panels include CT imaging, each with the reads the
 * caller may see. No demographics, timeline, labs, doses or adverse events.
 */
export async function getImagingView(
  store: Store,
  sites: Sites,
  subjectId: string,
  readersAt: ReadersAt = EVERY_READER,
) {
  const [study, file] = await Promise.all([studyInForce(store), fileAt(store, sites, subjectId)]);
  const imaging = new Set<string>(
    study.visits.filter((v) => v.panels.includes('ct-imaging')).map((v) => v.kind),
  );
  const visible = readersAt(file.subject.siteId);
  const s = file.subject;
  return {
    id: s.id,
    siteId: s.siteId,
    screeningNumber: s.screeningNumber,
    subjectCode: s.subjectCode,
    enrollmentDate: s.enrollmentDate,
    readers: visible,
    visits: file.visits
      .filter((v) => imaging.has(v.kind))
      .sort((a, b) => (a.visitDate < b.visitDate ? -1 : a.visitDate > b.visitDate ? 1 : 0))
      .map((v) => ({
        id: v.id,
        kind: v.kind,
        visitDate: v.visitDate,
        cycle: v.cycle,
        reads: file.tumour_assessments
          .filter((t) => t.visitId === v.id && visible.includes(t.reader as TumourReader))
          // site read first, then the independent one (not the order they were saved in)
          .sort((a, b) => (a.reader === b.reader ? 0 : a.reader === 'site' ? -1 : 1))
          .map((t) => ({
            id: t.id,
            reader: t.reader as TumourReader,
            investigatorResponse: t.investigatorResponse,
          })),
      })),
  };
}
