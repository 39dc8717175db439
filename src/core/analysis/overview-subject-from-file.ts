/**
 * A stored subject file (the subject row and its records, camelCase keys, booleans as 0/1 and
 * JSON as text, exactly as the store reads them) → the plain `OverviewSubject` the study
 * overview derives from. Pure, so the live dashboard (store/analysis) and a report rebuilt from
 * a frozen data cut (core/reports) convert the same records the same way.
 */
import type { Assessment, LesionRecord } from '../recist/recist-input.schema.ts';
import { compareDates } from '../shared/calendar-date.ts';
import type { OverviewSubject } from './study-overview.ts';

/** The fields of a stored subject file the conversion reads (the store's `SubjectFile` fits). */
export interface StoredSubjectFile {
  subject: {
    id: string;
    siteId: string;
    screeningNumber: string;
    subjectCode: string | null;
    enrollmentDate: string | null;
    screenFailureReason: string | null;
    createdAt: string;
  };
  visits: ReadonlyArray<{ id: string; visitDate: string }>;
  assessment_results: ReadonlyArray<{
    visitId: string;
    itemCode: string;
    value: string | null;
    referenceHigh: string | null;
  }>;
  tumour_assessments: ReadonlyArray<{
    reader: string;
    assessmentDate: string;
    lesions: string;
    tumourMarkersNormal: number | null;
  }>;
  treatment_ends: ReadonlyArray<{ lastDoseDate: string; reason: string }>;
  dispositions: ReadonlyArray<{
    deathDate: string | null;
    lastKnownAliveDate: string | null;
    newAnticancerTherapyDate: string | null;
  }>;
}

/** Stored tumour assessments of one reader, in the RECIST engine's input shape, by date. */
export function storedTumourAssessments(
  file: Pick<StoredSubjectFile, 'tumour_assessments'>,
  reader: 'site' | 'independent',
): Assessment[] {
  return file.tumour_assessments
    .filter((t) => t.reader === reader)
    .map((t) => ({
      date: t.assessmentDate,
      lesions: JSON.parse(t.lesions) as LesionRecord[],
      ...(t.tumourMarkersNormal === null
        ? {}
        : { tumorMarkersNormal: Number(t.tumourMarkersNormal) === 1 }),
    }))
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Liver labs with the ULN the site's laboratory gave (eDISH uses multiples of ULN). */
function liverLabs(file: StoredSubjectFile): OverviewSubject['labs'] {
  const visitDate = new Map(file.visits.map((v) => [v.id, v.visitDate]));
  return file.assessment_results
    .filter((r) => (r.itemCode === 'ALT' || r.itemCode === 'BILI') && r.value !== null)
    .map((r) => ({
      date: visitDate.get(r.visitId) ?? '',
      test: r.itemCode,
      value: Number(r.value),
      uln: r.referenceHigh === null ? null : Number(r.referenceHigh),
    }))
    .filter((l) => l.date !== '' && Number.isFinite(l.value));
}

function latest(dates: Array<string | null | undefined>): string | null {
  return (
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null
  );
}

/**
 * @example overviewSubjectFromFile(file, [{ term: 'Fatigue', grade: 2 }]).enrolmentDate
 */
export function overviewSubjectFromFile(
  file: StoredSubjectFile,
  aes: OverviewSubject['adverseEvents'],
): OverviewSubject {
  const s = file.subject;
  const end = file.treatment_ends.at(-1);
  return {
    id: s.id,
    label: s.subjectCode ?? s.screeningNumber,
    siteId: s.siteId,
    screeningDate: s.createdAt.slice(0, 10),
    enrolmentDate: s.enrollmentDate,
    screenFailureReason: s.screenFailureReason,
    tumourAssessments: s.enrollmentDate ? storedTumourAssessments(file, 'site') : [],
    treatmentEnd: end ? { date: end.lastDoseDate, reason: end.reason } : null,
    deathDate: latest(file.dispositions.map((d) => d.deathDate)),
    lastKnownAliveDate: latest([
      ...file.dispositions.map((d) => d.lastKnownAliveDate),
      ...file.visits.map((v) => v.visitDate),
    ]),
    // each date, not only the latest: a report as of an earlier cut-off needs the last one
    // before it (the export's ADTTE does the same: core/cdisc/adam/subject-endpoints.ts)
    aliveDates: [
      ...file.dispositions.map((d) => d.lastKnownAliveDate),
      ...file.visits.map((v) => v.visitDate),
    ].filter((d): d is string => !!d),
    newAnticancerTherapyDate: latest(file.dispositions.map((d) => d.newAnticancerTherapyDate)),
    labs: liverLabs(file),
    adverseEvents: aes,
  };
}
