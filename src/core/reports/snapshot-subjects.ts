/**
 * The cut's rows regrouped per subject: each subject's stored file (camelCase, as the store's
 * `loadSubjectFiles` gives it) plus its AEs, con-meds, deviations, specimens and MEN1 details,
 * and the `OverviewSubject` the study overview derives from (the same conversion the live
 * dashboard uses: core/analysis `overviewSubjectFromFile`). Rows dated after the cut-off are
 * dropped here where the overview would not drop them itself (AEs by onset).
 */
import {
  overviewSubjectFromFile,
  type StoredSubjectFile,
} from '../analysis/overview-subject-from-file.ts';
import type { OverviewSubject } from '../analysis/study-overview.ts';
import type { CutSnapshot, SnapshotRow, SnapshotTable } from './cut-snapshot.ts';

/** A stored row with camelCase keys (values as stored). */
export type CamelRow = Record<string, string | number | null>;

export function camelRow(row: SnapshotRow): CamelRow {
  const out: CamelRow = {};
  for (const [k, v] of Object.entries(row))
    out[k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = v;
  return out;
}

/** The subject's record tables (the store's RECORD_TABLES) and the safety/specimen tables. */
const PER_SUBJECT = [
  'consents',
  'medical_history',
  'men1_manifestations',
  'prior_therapies',
  'men1_results',
  'eligibility_answers',
  'visits',
  'assessment_results',
  'tumour_assessments',
  'dispensations',
  'drug_returns',
  'dose_changes',
  'missed_doses',
  'treatment_ends',
  'dispositions',
  'adverse_events',
  'concomitant_medications',
  'protocol_deviations',
  'specimens',
  'men1_result_details',
] as const satisfies readonly SnapshotTable[];
type PerSubject = (typeof PER_SUBJECT)[number];

export type CutSubject = { subject: CamelRow; overview: OverviewSubject } & Record<
  PerSubject,
  CamelRow[]
>;

const onOrBefore = (d: unknown, cutoff: string) =>
  typeof d === 'string' && d.slice(0, 10) <= cutoff;

/**
 * Subjects of the cut in screening order (creation instant, then id).
 * @example cutSubjects(snapshot)[0].overview.enrolmentDate
 */
export function cutSubjects(snapshot: CutSnapshot): CutSubject[] {
  const t = snapshot.tables;
  const subjects = [...t.subjects]
    .sort((a, b) =>
      String(a.created_at) < String(b.created_at)
        ? -1
        : String(a.created_at) > String(b.created_at)
          ? 1
          : String(a.id) < String(b.id)
            ? -1
            : 1,
    )
    .map(camelRow);
  const byId = new Map<string, CutSubject>();
  for (const s of subjects) {
    const empty = Object.fromEntries(PER_SUBJECT.map((x) => [x, [] as CamelRow[]]));
    byId.set(String(s.id), { subject: s, ...empty } as unknown as CutSubject);
  }
  for (const table of PER_SUBJECT) {
    // stored order: as loadSubjectFiles reads them (creation instant, then id)
    const rows = [...(t[table] ?? [])].sort((a, b) => {
      const x = `${a.created_at ?? ''}|${a.id}`;
      const y = `${b.created_at ?? ''}|${b.id}`;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const r of rows) byId.get(String(r.subject_id))?.[table].push(camelRow(r));
  }
  const out = [...byId.values()];
  for (const c of out) {
    const aes = c.adverse_events
      .filter((a) => onOrBefore(a.onsetDate, snapshot.cutoffDate))
      .map((a) => ({ term: String(a.term), grade: Number(a.grade) }));
    // The rows are the stored columns camel-cased: the shape `loadSubjectFiles` returns.
    c.overview = overviewSubjectFromFile(c as unknown as StoredSubjectFile, aes);
  }
  return out;
}
