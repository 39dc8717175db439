/**
 * Section 4, efficacy: every number read from the study overview (core/analysis) and its
 * endpoints analysis (core/endpoints): confirmed BOR, ORR and DCR with exact CIs, the Simon
 * decision, PFS/OS/DoR Kaplan–Meier summaries, number at risk; waterfall, spider, swimmer and
 * KM figures. Nothing is re-derived here.
 */
import type { StudyOverview } from '../analysis/study-overview.ts';
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { studyDay } from '../shared/calendar-date.ts';
import type { KaplanMeierResult } from '../stats/kaplan-meier.ts';
import type { ReportMessages } from './i18n/report-messages.en.ts';
import { interval, pct, round } from './report-format.ts';
import type { Cell, ReportBlinding, ReportSection, ReportTable } from './report-model.ts';

const BOR_ORDER = ['CR', 'PR', 'SD', 'NON-CR/NON-PD', 'PD', 'NE', 'MISSING'];
const DAYS_PER_MONTH = 30.4375;

function kmRow(label: string, km: KaplanMeierResult | null, horizon: number): Cell[] {
  if (!km) return [label, 0, 0, null, '', null, ''];
  const lm = km.landmarks.find((l) => l.time === horizon);
  return [
    label,
    km.n,
    km.events,
    round(km.median.estimate, 1),
    interval(km.median.lower, km.median.upper, 1),
    round(lm?.survival ?? null, 4),
    interval(lm?.lower ?? null, lm?.upper ?? null, 4),
  ];
}

export function efficacySection(
  m: ReportMessages,
  study: StudyDefinition,
  ov: StudyOverview,
  blinding: ReportBlinding,
): ReportSection {
  const section: ReportSection = {
    id: 'efficacy',
    title: m['section.efficacy'],
    paragraphs: [],
    tables: [],
    figures: [],
  };
  const e = ov.endpoints;
  if (!e) {
    section.paragraphs.push(m['note.noEndpoints']);
    return section;
  }
  const n = ov.tumour.length;
  const bors = ov.tumour.map((t) => t.bor);
  const known = BOR_ORDER.filter((b) => bors.includes(b));
  const other = [...new Set(bors.filter((b) => !BOR_ORDER.includes(b)))].sort();
  section.tables.push({
    id: 'efficacy-bor',
    title: m['table.bor'],
    columns: [m['col.response'], m['col.n'], m['col.pct']],
    rows: [...known, ...other].map((b) => {
      const k = bors.filter((x) => x === b).length;
      return [b, k, pct(k, n)];
    }),
    notes: [],
  });
  const rate = (label: string, r: typeof e.orr): Cell[] => [
    label,
    r.x,
    r.n,
    round(r.estimate, 4),
    interval(r.lower, r.upper, 4),
  ];
  section.tables.push({
    id: 'efficacy-rates',
    title: m['table.rates'],
    columns: [m['col.endpoint'], m['col.n'], 'N', m['col.estimate'], m['col.ci']],
    rows: [rate(m['row.orr'], e.orr), rate(m['row.dcr'], e.dcr)],
    notes: [e.orr.definition, e.dcr.definition],
  });
  const d = study.phase2Design;
  section.paragraphs.push(
    `${m['simon.heading']} — ${m['simon.design']}: ${d.variant}, p0 ${d.p0}, p1 ${d.p1}, α ${d.alpha}, β ${d.beta}; r1/n1 ${d.r1}/${d.n1}, r/n ${d.r}/${d.n}. ${m['simon.decision']}: ${e.design.decision.kind} — ${e.design.decision.sentence}`,
  );
  const horizon = e.conventions.parameters.horizonDays;
  section.tables.push({
    id: 'efficacy-km',
    title: m['table.km'],
    columns: [
      m['col.endpoint'],
      'N',
      m['col.events'],
      m['col.median'],
      m['col.ci'],
      m['col.rate252'],
      m['col.ci'],
    ],
    rows: [
      kmRow(m['row.pfs'], e.pfs, horizon),
      kmRow(m['row.os'], e.os, horizon),
      kmRow(m['row.dor'], e.dor, horizon),
    ],
    notes: [
      `${e.conventions.confType} CI, ${e.conventions.confLevel}; origin ${e.conventions.origin}; ${e.pfs.conventions.median}; months = days / ${DAYS_PER_MONTH}`,
    ],
  });
  const times = e.pfs.atRisk.map((a) => a.time);
  const atRisk: ReportTable = {
    id: 'efficacy-at-risk',
    title: m['table.atRisk'],
    columns: [m['col.endpoint'], ...times.map((t) => `${m['col.time']} ${t}`)],
    rows: [
      [m['row.pfs'], ...e.pfs.atRisk.map((a) => a.nRisk)],
      [m['row.os'], ...times.map((t) => e.os.atRisk.find((a) => a.time === t)?.nRisk ?? null)],
    ],
    notes: [],
  };
  section.tables.push(atRisk);
  section.figures.push(
    {
      kind: 'km',
      id: 'figure-pfs',
      title: m['figure.pfs'],
      km: e.pfs,
      xLabel: m['axis.day'],
      yLabel: m['axis.survival'],
    },
    {
      kind: 'km',
      id: 'figure-os',
      title: m['figure.os'],
      km: e.os,
      xLabel: m['axis.day'],
      yLabel: m['axis.survival'],
    },
  );
  if (blinding === 'closed') {
    section.figures.unshift(
      {
        kind: 'waterfall',
        id: 'figure-waterfall',
        title: m['figure.waterfall'],
        yLabel: m['axis.bestChange'],
        bars: ov.tumour
          .filter((t) => t.bestPctChange !== null)
          .map((t) => ({ label: t.label, value: t.bestPctChange as number, bor: t.bor }))
          .sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1)),
      },
      {
        kind: 'spider',
        id: 'figure-spider',
        title: m['figure.spider'],
        xLabel: m['axis.day'],
        yLabel: m['axis.change'],
        lines: ov.tumour.map((t) => ({
          label: t.label,
          // every line starts at baseline: day 0, no change
          points: [
            { day: 0, value: 0 },
            ...t.timepoints
              .filter((p) => p.pctChange !== null && p.day > 1)
              .map((p) => ({ day: p.day, value: p.pctChange as number })),
          ],
        })),
      },
      {
        kind: 'swimmer',
        id: 'figure-swimmer',
        title: m['figure.swimmer'],
        xLabel: m['axis.day'],
        lanes: ov.tumour.map((t) => ({
          label: t.label,
          days:
            t.treatmentDays ??
            Math.max(
              1,
              ...t.timepoints.map((p) => p.day),
              t.deathDay ?? 1,
              studyDay(t.enrolmentDate, ov.asOf),
            ),
          ongoing: t.ongoing,
          responseDay: t.responseDay,
          progressionDay: t.progressionDay,
          deathDay: t.deathDay,
        })),
      },
    );
  }
  return section;
}
