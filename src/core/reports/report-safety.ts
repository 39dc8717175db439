/**
 * Section 5, safety: AE overview, AEs by term and worst grade (the study overview's
 * `aeByGrade`), related AEs, SAEs, deaths, lab shift tables baseline → worst post-baseline
 * CTCAE v5.0 grade (core/safety-records `subjectLabGrades`), eDISH peaks (study overview) and
 * potential Hy's law cases (core/safety `potentialHysLaw`). Enrolled subjects only; AEs by
 * onset and labs by visit date up to the cut-off.
 */
import type { StudyOverview } from '../analysis/study-overview.ts';
import { potentialHysLaw } from '../safety/hys-law.ts';
import { isLabTestCode } from '../safety/lab-test-codes.ts';
import { readLabResults, type StoredLabResult } from '../safety-records/stored-lab-results.ts';
import { subjectLabGrades } from '../safety-records/subject-lab-grades.ts';
import type { ReportMessages } from './i18n/report-messages.en.ts';
import { pct, round, str } from './report-format.ts';
import type { Cell, ReportBlinding, ReportSection } from './report-model.ts';
import type { CutSubject } from './snapshot-subjects.ts';

const RELATED = new Set(['related', 'possibly-related']);

/** Stored lab results of a subject dated up to the cut-off, in the core's stored shape. */
export function storedLabs(s: CutSubject, cutoff: string): StoredLabResult[] {
  const visitDate = new Map(s.visits.map((v) => [String(v.id), String(v.visitDate)]));
  return s.assessment_results
    .filter((r) => isLabTestCode(String(r.itemCode)))
    .map((r) => ({
      id: String(r.id),
      test: String(r.itemCode),
      date: visitDate.get(String(r.visitId)) ?? '',
      value: r.value === null ? null : String(r.value),
      unit: r.unit === null ? null : String(r.unit),
      referenceLow: r.referenceLow === null ? null : String(r.referenceLow),
      referenceHigh: r.referenceHigh === null ? null : String(r.referenceHigh),
    }))
    .filter((r) => r.date !== '' && r.date <= cutoff);
}

function byTermTable(
  id: string,
  title: string,
  m: ReportMessages,
  subjects: CutSubject[],
  aes: (s: CutSubject) => Array<{ term: string; grade: number }>,
) {
  const rows = new Map<string, [number, number, number, number, number]>();
  for (const s of subjects) {
    const worst = new Map<string, number>();
    for (const a of aes(s)) worst.set(a.term, Math.max(worst.get(a.term) ?? 0, a.grade));
    for (const [term, g] of worst) {
      const r = rows.get(term) ?? [0, 0, 0, 0, 0];
      if (g >= 1 && g <= 5) r[g - 1]! += 1;
      rows.set(term, r);
    }
  }
  const sum = (g: number[]) => g.reduce((a, b) => a + b, 0);
  return {
    id,
    title,
    columns: [m['col.term'], m['col.any'], 'G1', 'G2', 'G3', 'G4', 'G5'],
    rows: [...rows]
      .sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1))
      .map(([term, g]) => [term, sum(g), ...g] as Cell[]),
    notes: [],
  };
}

export function safetySection(
  m: ReportMessages,
  ov: StudyOverview,
  enrolled: CutSubject[],
  cutoff: string,
  blinding: ReportBlinding,
): ReportSection {
  const n = enrolled.length;
  const aesOf = (s: CutSubject) => s.adverse_events.filter((a) => str(a.onsetDate) <= cutoff);
  const count = (p: (s: CutSubject) => boolean) => enrolled.filter(p).length;
  const deaths = enrolled.flatMap((s) =>
    s.dispositions
      .filter((d) => d.deathDate && str(d.deathDate) <= cutoff)
      .map((d) => ({ s, date: str(d.deathDate), cause: str(d.deathCause) })),
  );
  const hys = enrolled.flatMap((s) => {
    const usable = readLabResults(storedLabs(s, cutoff)).flatMap((r) =>
      r.kind === 'usable' ? [r.result] : [],
    );
    return potentialHysLaw(usable).map((h) => ({ s, h }));
  });
  const hysSubjects = new Set(hys.map((x) => x.s.subject.id)).size;
  const overviewRows: Array<[string, number]> = [
    [m['row.anyAe'], count((s) => aesOf(s).length > 0)],
    [m['row.grade3'], count((s) => aesOf(s).some((a) => Number(a.grade) >= 3))],
    [m['row.relatedAe'], count((s) => aesOf(s).some((a) => RELATED.has(str(a.relatedness))))],
    [m['row.sae'], count((s) => aesOf(s).some((a) => Number(a.serious) === 1))],
    [
      m['row.aeDiscontinued'],
      count((s) => aesOf(s).some((a) => a.actionTaken === 'drug-withdrawn')),
    ],
    [m['row.deaths'], new Set(deaths.map((d) => d.s.subject.id)).size],
    [m['row.hysLaw'], hysSubjects],
  ];
  const section: ReportSection = {
    id: 'safety',
    title: m['section.safety'],
    paragraphs: [],
    tables: [
      {
        id: 'safety-overview',
        title: m['table.aeOverview'],
        columns: [m['col.item'], m['col.n'], m['col.pct']],
        rows: overviewRows.map(([l, k]) => [l, k, pct(k, n)]),
        notes: [`N = ${n}`],
      },
      // The study overview's own AE table (worst grade per subject and term), shown as derived.
      {
        id: 'safety-ae-by-term',
        title: m['table.aeByTerm'],
        columns: [m['col.term'], m['col.any'], 'G1', 'G2', 'G3', 'G4', 'G5'],
        rows: ov.safety.aeByGrade.map((r) => [
          r.term,
          r.grades.reduce((a, b) => a + b, 0),
          ...r.grades,
        ]),
        notes: [],
      },
      byTermTable('safety-related-ae-by-term', m['table.relatedAeByTerm'], m, enrolled, (s) =>
        aesOf(s)
          .filter((a) => RELATED.has(str(a.relatedness)))
          .map((a) => ({ term: str(a.term), grade: Number(a.grade) })),
      ),
    ],
    figures: [],
  };
  const shift = new Map<string, number[][]>();
  for (const s of enrolled) {
    const day1 = str(s.subject.enrollmentDate);
    const graded = subjectLabGrades({
      enrollmentDate: day1,
      dispensings: [],
      labs: storedLabs(s, cutoff),
    });
    const perTest = new Map<string, { base: number | null; worst: number | null }>();
    for (const r of graded.results) {
      const cur = perTest.get(r.test) ?? { base: null, worst: null };
      if (r.date <= day1) {
        if (r.grade !== null) cur.base = r.grade; // results are in stored order; latest wins
      } else if (r.grade !== null) cur.worst = Math.max(cur.worst ?? 0, r.grade);
      perTest.set(r.test, cur);
    }
    for (const [test, g] of perTest) {
      const grid = shift.get(test) ?? Array.from({ length: 6 }, () => [0, 0, 0, 0, 0, 0]);
      grid[g.base ?? 5]![g.worst ?? 5]! += 1;
      shift.set(test, grid);
    }
  }
  const labels = ['0', '1', '2', '3', '4', 'NA'];
  section.tables.push({
    id: 'safety-lab-shift',
    title: m['table.labShift'],
    columns: [m['col.test'], m['col.baseline'], ...labels.map((l) => `${m['col.worst']} ${l}`)],
    rows: [...shift.keys()]
      .sort()
      .flatMap((test) =>
        (shift.get(test) as number[][])
          .map((row, b) => [test, labels[b] as string, ...row] as Cell[])
          .filter((row) => (row.slice(2) as number[]).some((x) => x > 0)),
      ),
    notes: ['CTCAE v5.0; baseline = latest result on or before day 1; NA = no gradable result'],
  });
  section.tables.push({
    id: 'safety-edish',
    title: m['table.edish'],
    columns: [m['col.subject'], m['col.peakAlt'], m['col.peakBili']],
    rows:
      blinding === 'closed'
        ? ov.safety.edish.map((p) => [p.label, round(p.peakAltXUln, 2), round(p.peakBiliXUln, 2)])
        : [],
    notes: blinding === 'closed' ? [] : [m['note.open']],
  });
  if (blinding === 'closed') {
    section.figures.push({
      kind: 'scatter',
      id: 'figure-edish',
      title: m['figure.edish'],
      xLabel: m['axis.alt'],
      yLabel: m['axis.bili'],
      xRef: 3,
      yRef: 2,
      points: ov.safety.edish.map((p) => ({ label: p.label, x: p.peakAltXUln, y: p.peakBiliXUln })),
    });
    const label = (s: CutSubject) => str(s.subject.subjectCode ?? s.subject.screeningNumber);
    section.tables.push(
      {
        id: 'safety-sae',
        title: m['table.sae'],
        columns: [
          m['col.subject'],
          m['col.term'],
          m['col.grade'],
          m['col.date'],
          m['col.related'],
          m['col.outcome'],
        ],
        rows: enrolled.flatMap((s) =>
          aesOf(s)
            .filter((a) => Number(a.serious) === 1)
            .map((a) => [
              label(s),
              str(a.term),
              Number(a.grade),
              str(a.onsetDate),
              str(a.relatedness),
              str(a.outcome),
            ]),
        ),
        notes: [],
      },
      {
        id: 'safety-deaths',
        title: m['table.deaths'],
        columns: [m['col.subject'], m['col.date'], m['col.cause']],
        rows: deaths.map((d) => [label(d.s), d.date, d.cause]),
        notes: [],
      },
      {
        id: 'safety-hys-law',
        title: m['table.hysLaw'],
        columns: [m['col.subject'], m['col.date'], m['col.reason']],
        rows: hys.map(({ s, h }) => [
          label(s),
          h.aminotransferase.date,
          `${h.aminotransferase.test} ${h.aminotransferase.timesUln} × ULN; bilirubin ${h.bilirubin.timesUln} × ULN (${h.bilirubin.date}); ${h.daysApart} days apart`,
        ]),
        notes: [],
      },
    );
  }
  return section;
}
