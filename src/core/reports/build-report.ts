/**
 * A report from a data cut: the study definition in force in the snapshot, the snapshot's
 * subjects converted as the live dashboard converts them, the study overview derived by the
 * core as of the cut-off date, and the sections in ICH E3 order. Pure and deterministic: the
 * same snapshot, kind, blinding and language always give the same model (and so the same
 * bytes once rendered).
 */
import { type StudyOverview, studyOverview } from '../analysis/study-overview.ts';
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { parseStudyDefinition } from '../protocol/study-definition.ts';
import { DomainError } from '../shared/domain-error.ts';
import type { CutSnapshot } from './cut-snapshot.ts';
import { type ReportLanguage, reportCatalogues } from './i18n/report-messages.ts';
import { efficacySection } from './report-efficacy.ts';
import type { Report, ReportBlinding, ReportKind } from './report-model.ts';
import { safetySection } from './report-safety.ts';
import {
  demographicsSection,
  deviationsSection,
  dispositionSection,
  exposureSection,
  listingsSection,
  phase3Section,
  specimensSection,
} from './report-sections.ts';
import { cutSubjects } from './snapshot-subjects.ts';

export interface ReportOptions {
  kind: ReportKind;
  blinding: ReportBlinding;
  lang: ReportLanguage;
  /** SHA-256 of the stored snapshot, printed on the title page. */
  contentHash: string;
}

/** The protocol version current in the snapshot. */
export function snapshotStudy(snapshot: CutSnapshot): { study: StudyDefinition; version: string } {
  const rows = snapshot.tables.protocol_versions
    .filter((r) => Number(r.is_current) === 1 && r.study_id === snapshot.studyId)
    .sort((a, b) => (String(a.created_at) < String(b.created_at) ? -1 : 1));
  const row = rows[0];
  if (!row) throw new DomainError({ kind: 'not-found', entity: 'protocol', id: snapshot.studyId });
  return {
    study: parseStudyDefinition(JSON.parse(String(row.definition))),
    version: String(row.version),
  };
}

/** The study overview as of the cut-off, from the snapshot (what the report's numbers come from). */
export function snapshotOverview(snapshot: CutSnapshot): StudyOverview {
  const { study } = snapshotStudy(snapshot);
  return studyOverview(
    study,
    cutSubjects(snapshot).map((s) => s.overview),
    snapshot.cutoffDate,
  );
}

/** @example buildReport(snapshot, { kind: 'interim', blinding: 'open', lang: 'en', contentHash }) */
export function buildReport(snapshot: CutSnapshot, o: ReportOptions): Report {
  const m = reportCatalogues[o.lang];
  const { study, version } = snapshotStudy(snapshot);
  const cutoff = snapshot.cutoffDate;
  const subjects = cutSubjects(snapshot);
  const ov = studyOverview(
    study,
    subjects.map((s) => s.overview),
    cutoff,
  );
  const enrolledIds = new Set(ov.tumour.map((t) => t.subjectId));
  const enrolled = subjects.filter((s) => enrolledIds.has(String(s.subject.id)));
  const screened = subjects.filter((s) => String(s.subject.createdAt).slice(0, 10) <= cutoff);
  const sites = new Map(snapshot.tables.sites.map((r) => [String(r.id), String(r.code)]));
  const siteCode = (id: string) => sites.get(id) ?? id;
  const sections = [
    dispositionSection(m, ov),
    demographicsSection(m, enrolled, siteCode, cutoff),
    exposureSection(m, study, enrolled, cutoff, o.blinding),
    efficacySection(m, study, ov, o.blinding),
    safetySection(m, ov, enrolled, cutoff, o.blinding),
    deviationsSection(m, screened, cutoff, o.blinding),
    specimensSection(m, screened, enrolled, cutoff),
    ...(o.kind === 'final' ? [phase3Section(m, study, ov, o.lang)] : []),
    ...(o.blinding === 'closed' ? [listingsSection(m, ov, enrolled, siteCode, cutoff)] : []),
  ];
  return {
    lang: o.lang,
    kind: o.kind,
    blinding: o.blinding,
    title: o.kind === 'interim' ? m['report.title.interim'] : m['report.title.final'],
    subtitle: o.blinding === 'closed' ? m['report.version.closed'] : m['report.version.open'],
    meta: [
      [m['report.study'], `${study.id} — ${study.title[o.lang]}`],
      [m['report.protocol'], version],
      [m['report.cut'], snapshot.name],
      [m['report.cutoff'], cutoff],
      [m['report.taken'], snapshot.takenAt],
      [m['report.auditHead'], `${snapshot.auditSeq} ${snapshot.auditHash}`],
      [m['report.contentHash'], o.contentHash],
    ],
    intro: [m['report.derivations'], ...(o.blinding === 'open' ? [m['note.open']] : [])].join(' '),
    sections,
  };
}
