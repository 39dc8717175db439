/**
 * Sections 1–3 and 6–9 of the report: disposition (the study overview's CONSORT flow),
 * demographics and baseline (age by core `ageInYears`, MEN-1 manifestations, MEN1 variant
 * classification, origin and type by the core HGVS checks), exposure (core `doseRegimen` /
 * `doseOn` for the prescribed dose intensity), deviations and prohibited medication (as
 * screened on save by the safety core), specimen and genetic-testing completeness, the phase
 * III outlook and the subject listings.
 */
import type { StudyOverview } from '../analysis/study-overview.ts';
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { compareDates } from '../shared/calendar-date.ts';
import { validateHgvsCoding } from '../specimens/hgvs-coding.ts';
import { validateHgvsProtein } from '../specimens/hgvs-protein.ts';
import { ageInYears } from '../subjects/age-in-years.ts';
import type { DoseChange } from '../subjects/dose-regimen.ts';
import {
  type DoseIntensity,
  type DoseIntensityFlag,
  doseIntensity,
  flagText,
} from './dose-intensity.ts';
import type { ReportMessages } from './i18n/report-messages.en.ts';
import type { ReportLanguage } from './i18n/report-messages.ts';
import { observedForPhase3, phase3Outlook } from './phase3-outlook.ts';
import { pct, round, str, tally, tallyRows } from './report-format.ts';
import type { Cell, ReportBlinding, ReportSection } from './report-model.ts';
import type { CutSubject } from './snapshot-subjects.ts';

const upTo = (cutoff: string) => (d: unknown) => typeof d === 'string' && d.slice(0, 10) <= cutoff;
export const labelOf = (s: CutSubject) => str(s.subject.subjectCode ?? s.subject.screeningNumber);

export function dispositionSection(m: ReportMessages, ov: StudyOverview): ReportSection {
  const c = ov.consort;
  const failed = c.screenFailures.reduce((a, b) => a + b.count, 0);
  const stopped = c.discontinued.reduce((a, b) => a + b.count, 0);
  return {
    id: 'disposition',
    title: m['section.disposition'],
    paragraphs: [],
    figures: [],
    tables: [
      {
        id: 'disposition-consort',
        title: m['table.consort'],
        columns: [m['col.item'], m['col.n']],
        rows: [
          [m['row.screened'], c.screened],
          [m['row.screenFailed'], failed],
          [m['row.enrolled'], c.enrolled],
          [m['row.onTreatment'], c.onTreatment],
          [m['row.discontinued'], stopped],
          [m['row.analysed'], c.analysed],
        ],
        notes: [],
      },
      {
        id: 'disposition-screen-failures',
        title: m['table.screenFailures'],
        columns: [m['col.reason'], m['col.n']],
        rows: c.screenFailures.map((r) => [r.reason, r.count]),
        notes: [],
      },
      {
        id: 'disposition-discontinuations',
        title: m['table.discontinuations'],
        columns: [m['col.reason'], m['col.n'], m['col.pct']],
        rows: c.discontinued.map((r) => [r.reason, r.count, pct(r.count, c.enrolled)]),
        notes: [],
      },
    ],
  };
}

/** The MEN1 variant's type: the protein consequence when given, else the coding change. */
function variantType(hgvsC: string, hgvsP: string | null): string {
  if (hgvsP) {
    const p = validateHgvsProtein(hgvsP);
    if (p.kind === 'valid' && p.value.consequence !== 'unknown') return p.value.consequence;
  }
  const c = validateHgvsCoding(hgvsC);
  if (c.kind !== 'valid') return 'unreadable';
  return c.value.splice ? 'splice-region' : c.value.change;
}

export function demographicsSection(
  m: ReportMessages,
  enrolled: CutSubject[],
  siteCode: (id: string) => string,
  cutoff: string,
): ReportSection {
  const n = enrolled.length;
  const missing = m['row.missing'];
  const ages = enrolled
    .filter((s) => s.subject.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(str(s.subject.birthDate)))
    .map((s) => ageInYears(str(s.subject.birthDate), str(s.subject.enrollmentDate)))
    .sort((a, b) => a - b);
  const median =
    ages.length === 0
      ? null
      : ages.length % 2
        ? (ages[(ages.length - 1) / 2] as number)
        : ((ages[ages.length / 2 - 1] as number) + (ages[ages.length / 2] as number)) / 2;
  const rows: Cell[][] = [
    [
      m['row.age'],
      `${median ?? 'NA'} (${ages[0] ?? 'NA'}–${ages.at(-1) ?? 'NA'})`,
      ages.length,
      null,
    ],
    ...tallyRows(
      m['row.sex'],
      enrolled.map((s) => str(s.subject.sex) || missing),
      n,
    ),
    ...tallyRows(
      m['row.race'],
      enrolled.map((s) => str(s.subject.race) || missing),
      n,
    ),
    ...tallyRows(
      m['row.ethnicity'],
      enrolled.map((s) => str(s.subject.ethnicity) || missing),
      n,
    ),
    ...tallyRows(
      m['row.site'],
      enrolled.map((s) => siteCode(str(s.subject.siteId))),
      n,
    ),
  ];
  // Per subject, each distinct manifestation / classification counts once.
  const once = (f: (s: CutSubject) => string[]) => enrolled.flatMap((s) => [...new Set(f(s))]);
  const known = upTo(cutoff);
  const men1 = (s: CutSubject) =>
    s.men1_results.filter((r) => r.reportDate === null || known(r.reportDate));
  rows.push(
    ...tallyRows(
      m['row.manifestation'],
      once((s) => s.men1_manifestations.map((x) => str(x.manifestation))),
      n,
    ),
    ...tallyRows(
      m['row.men1Class'],
      once((s) => men1(s).map((x) => str(x.classification))),
      n,
    ),
    ...tallyRows(
      m['row.men1Origin'],
      once((s) => men1(s).map((x) => str(x.origin))),
      n,
    ),
    ...tallyRows(
      m['row.men1Type'],
      once((s) =>
        men1(s).map((x) => variantType(str(x.hgvsC), x.hgvsP === null ? null : str(x.hgvsP))),
      ),
      n,
    ),
    ...tallyRows(
      m['row.priorTherapy'],
      once((s) => s.prior_therapies.map((x) => str(x.category))),
      n,
    ),
  );
  return {
    id: 'demographics',
    title: m['section.demographics'],
    paragraphs: [],
    figures: [],
    tables: [
      {
        id: 'demographics-baseline',
        title: m['table.demographics'],
        columns: [m['col.item'], m['col.value'], m['col.n'], m['col.pct']],
        rows,
        notes: [`N = ${n}`],
      },
    ],
  };
}

interface Exposure {
  label: string;
  cycles: number;
  intensity: DoseIntensity;
}

/**
 * Exposure of one enrolled subject up to the cut-off: cycles dispensed and the dose intensity
 * from the drug accountability records (`dose-intensity.ts`). Records dated after the cut-off
 * (dispensings, returns, missed doses, dose changes, end of treatment) are not yet known.
 */
export function exposureOf(study: StudyDefinition, s: CutSubject, cutoff: string): Exposure {
  const known = upTo(cutoff);
  const day1 = str(s.subject.enrollmentDate);
  const dispensed = s.dispensations.filter((d) => known(d.dispensedDate));
  const returns = new Map(
    s.drug_returns.filter((r) => known(r.returnDate)).map((r) => [str(r.dispensationId), r]),
  );
  const end = s.treatment_ends.find((e) => known(e.lastDoseDate));
  const changes = s.dose_changes
    .filter((c) => known(c.changeDate))
    .map(
      (c): DoseChange => ({
        kind: str(c.kind) as DoseChange['kind'],
        date: str(c.changeDate),
        doseMg: c.doseMg === null ? null : Number(c.doseMg),
      }),
    )
    .sort((a, b) => compareDates(a.date, b.date));
  const intensity = doseIntensity(study, {
    day1,
    exposureEnd: end ? str(end.lastDoseDate) : cutoff,
    dispensings: dispensed.map((d) => {
      const r = returns.get(str(d.id));
      return {
        cycle: Number(d.cycle),
        dispensedDate: str(d.dispensedDate),
        tabletsDispensed: Number(d.tabletsDispensed),
        // The CRF records tablets returned, not tablets lost: lost counts 0 (see README).
        returned: r
          ? { date: str(r.returnDate), tablets: Number(r.tabletsReturned), lost: 0 }
          : null,
      };
    }),
    changes,
    missedDoseDates: s.missed_doses
      .filter((x) => known(x.missedDate))
      .map((x) => str(x.missedDate)),
  });
  return {
    label: labelOf(s),
    cycles: new Set(dispensed.map((d) => Number(d.cycle))).size,
    intensity,
  };
}

function summary(values: number[]): string {
  if (values.length === 0) return 'NA';
  const v = [...values].sort((a, b) => a - b);
  const mid =
    v.length % 2
      ? (v[(v.length - 1) / 2] as number)
      : ((v[v.length / 2 - 1] as number) + (v[v.length / 2] as number)) / 2;
  return `${round(mid, 2)} (${round(v[0], 2)}–${round(v.at(-1), 2)})`;
}

export function exposureSection(
  m: ReportMessages,
  study: StudyDefinition,
  enrolled: CutSubject[],
  cutoff: string,
  blinding: ReportBlinding,
): ReportSection {
  const ex = enrolled.map((s) => exposureOf(study, s, cutoff));
  const n = ex.length;
  const values = (f: (d: DoseIntensity) => number | null) =>
    ex.flatMap((e) => {
      const v = f(e.intensity);
      return v === null ? [] : [v];
    });
  const subjectsWith = (f: (e: Exposure) => boolean) => {
    const k = ex.filter(f).length;
    return `${k} (${pct(k, n) ?? 'NA'} %)`;
  };
  const flagged = (kind: DoseIntensityFlag['kind']) => (e: Exposure) =>
    e.intensity.flags.some((f) => f.kind === kind);
  const dose = study.treatment.startingDoseMg;
  const section: ReportSection = {
    id: 'exposure',
    title: m['section.exposure'],
    paragraphs: [],
    figures: [],
    tables: [
      {
        id: 'exposure-summary',
        title: m['table.exposure'],
        columns: [m['col.item'], m['col.value']],
        rows: [
          [m['col.cycles'], summary(ex.map((e) => e.cycles))],
          [m['col.duration'], summary(values((d) => d.exposureDays))],
          [m['col.intensity'], summary(values((d) => d.relativeDoseIntensity))],
          [m['col.prescribedIntensity'], summary(values((d) => d.prescribedIntensity))],
          [
            m['row.rdiBelow80'],
            subjectsWith(
              (e) =>
                e.intensity.relativeDoseIntensity !== null &&
                e.intensity.relativeDoseIntensity < 0.8,
            ),
          ],
          [m['row.missedDoses'], subjectsWith((e) => e.intensity.missedDoseDays > 0)],
          [m['col.interruptions'], subjectsWith((e) => e.intensity.interruptions > 0)],
          [m['col.reductions'], subjectsWith((e) => e.intensity.reductions > 0)],
          [m['row.returnEstimated'], subjectsWith(flagged('return-not-recorded'))],
          [m['row.returnRefused'], subjectsWith(flagged('returned-exceeds-dispensed'))],
        ],
        notes: [
          `N = ${n}; ${m['note.exposure']
            .replaceAll('{dose}', String(dose))
            .replaceAll('{strength}', String(study.treatment.drug.tabletStrengthMg))}`,
        ],
      },
    ],
  };
  if (blinding === 'closed')
    section.tables.push({
      id: 'exposure-by-subject',
      title: m['table.exposureBySubject'],
      columns: [
        m['col.subject'],
        m['col.cycles'],
        m['col.duration'],
        m['col.intensity'],
        m['col.interruptions'],
        m['col.reductions'],
        m['col.plannedMg'],
        m['col.takenMg'],
        m['col.prescribedIntensity'],
        m['col.missedDays'],
        m['col.flags'],
      ],
      rows: ex.map((e) => {
        const d = e.intensity;
        return [
          e.label,
          e.cycles,
          d.exposureDays,
          round(d.relativeDoseIntensity, 3),
          d.interruptions,
          d.reductions,
          d.plannedMg,
          round(d.takenMg, 1),
          round(d.prescribedIntensity, 3),
          d.missedDoseDays,
          d.flags.map(flagText).join('; '),
        ];
      }),
      notes: [],
    });
  return section;
}

export function deviationsSection(
  m: ReportMessages,
  subjects: CutSubject[],
  cutoff: string,
  blinding: ReportBlinding,
): ReportSection {
  const known = upTo(cutoff);
  const devs = subjects.flatMap((s) => s.protocol_deviations.filter((d) => known(d.deviationDate)));
  const grouped = tally(devs.map((d) => `${str(d.category)}\u0000${str(d.severity)}`));
  const prohibited = subjects.flatMap((s) =>
    s.concomitant_medications
      .filter(
        (c) =>
          (c.startDate === null || known(c.startDate)) && str(c.screening).includes('prohibited'),
      )
      .map((c) => ({ s, c })),
  );
  const section: ReportSection = {
    id: 'deviations',
    title: m['section.deviations'],
    paragraphs: [
      `${m['row.deviations']}: ${devs.length}; ${m['row.prohibited']}: ${prohibited.length}`,
    ],
    figures: [],
    tables: [
      {
        id: 'deviations-by-category',
        title: m['table.deviations'],
        columns: [m['col.category'], m['col.severity'], m['col.n']],
        rows: grouped.map(([k, count]) => [...k.split('\u0000'), count]),
        notes: devs.length ? [] : [m['note.none']],
      },
    ],
  };
  if (blinding === 'closed')
    section.tables.push({
      id: 'deviations-prohibited-medication',
      title: m['table.prohibited'],
      columns: [m['col.subject'], m['col.medication'], m['col.date'], m['col.reason']],
      rows: prohibited.map(({ s, c }) => [
        labelOf(s),
        str(c.name),
        str(c.startDate),
        str(c.screeningDetail),
      ]),
      notes: prohibited.length ? [] : [m['note.none']],
    });
  return section;
}

export function specimensSection(
  m: ReportMessages,
  subjects: CutSubject[],
  enrolled: CutSubject[],
  cutoff: string,
): ReportSection {
  const known = upTo(cutoff);
  const n = enrolled.length;
  const primary = subjects.flatMap((s) =>
    s.specimens.filter((x) => x.parentId === null && known(x.collectedAt)),
  );
  const withSpecimen = new Set(primary.map((x) => str(x.subjectId)));
  const tested = (s: CutSubject) =>
    s.men1_results.some((r) => r.reportDate === null || known(r.reportDate));
  const pathogenic = (s: CutSubject) =>
    s.men1_results.some(
      (r) =>
        (r.reportDate === null || known(r.reportDate)) &&
        /^(pathogenic|likely-pathogenic|likely pathogenic)$/i.test(str(r.classification)),
    );
  const geneticConsent = (s: CutSubject) =>
    s.consents.some((c) => c.kind === 'genetic-testing' && known(c.signedDate));
  const rows: Array<[string, number]> = [
    [
      m['row.specimensCollected'],
      enrolled.filter((s) => withSpecimen.has(str(s.subject.id))).length,
    ],
    [m['row.men1Tested'], enrolled.filter(tested).length],
    [m['row.men1Pathogenic'], enrolled.filter(pathogenic).length],
    [m['row.geneticConsent'], enrolled.filter(geneticConsent).length],
  ];
  return {
    id: 'specimens',
    title: m['section.specimens'],
    paragraphs: [],
    figures: [],
    tables: [
      {
        id: 'specimens-completeness',
        title: m['table.specimens'],
        columns: [m['col.item'], m['col.n'], m['col.pct']],
        rows: rows.map(([l, k]) => [l, k, pct(k, n)]),
        notes: [`N = ${n}`],
      },
      {
        id: 'specimens-by-type',
        title: m['table.specimenTypes'],
        columns: [m['col.type'], m['col.count']],
        rows: tally(primary.map((x) => str(x.type))).map(([t, k]) => [t, k]),
        notes: primary.length ? [] : [m['note.none']],
      },
    ],
  };
}

/** The phase III outlook: the protocol's assumptions and both sizes, each with its formula. */
export function phase3Section(
  m: ReportMessages,
  study: StudyDefinition,
  ov: StudyOverview,
  lang: ReportLanguage,
): ReportSection {
  const o = study.phase3Outlook;
  const s = o.survival;
  const r = phase3Outlook(study, observedForPhase3(ov));
  const sv = r.survival;
  const pfs = sv.kind === 'sized' ? sv.size : null;
  const hrSource =
    sv.kind !== 'sized'
      ? null
      : sv.source === 'fixed'
        ? m['phase3.source.fixed']
        : sv.source === 'observed-median'
          ? m['phase3.source.observedMedian']
          : m['phase3.source.notReached'];
  const observedMedian = sv.kind === 'sized' ? sv.observedMedianMonths : sv.observedMedianMonths;
  const design: Cell[][] = [
    [m['phase3.alpha'], o.alpha],
    [m['phase3.sides'], o.sides],
    [m['phase3.power'], o.power],
    [m['phase3.allocation'], `${o.allocationRatio} : 1`],
  ];
  const rs = r.response;
  const orr = rs.kind === 'sized' ? rs.size : null;
  const observedOrr = r.observedOrr
    ? `${r.observedOrr.x}/${r.observedOrr.n} = ${round(r.observedOrr.estimate, 4)}`
    : 'NA';
  const notes = (k: 'pfs' | 'orr'): string[] => {
    if (k === 'pfs')
      return sv.kind === 'no-benefit'
        ? [m['phase3.noBenefitPfs']]
        : sv.source === 'median-not-reached'
          ? [m['phase3.noMedian']]
          : [];
    return rs.kind === 'no-benefit'
      ? [m['phase3.noBenefitOrr']]
      : rs.kind === 'no-data'
        ? [m['phase3.noOrr']]
        : [];
  };
  return {
    id: 'phase3',
    title: m['section.phase3'],
    paragraphs: [
      `${m['phase3.basis']}: ${o.basis[lang]}`,
      m['phase3.formula'],
      m['phase3.formulaOrr'],
    ],
    figures: [],
    tables: [
      {
        id: 'phase3-sample-size',
        title: m['table.phase3'],
        columns: [m['col.assumption'], m['col.value']],
        rows: [
          [m['phase3.observedMedian'], round(observedMedian, 1) ?? m['word.notReached']],
          [m['phase3.medianCtl'], s.controlMedianMonths],
          [m['phase3.hrSource'], hrSource],
          [m['phase3.hr'], round(pfs?.design.hazardRatio, 4)],
          [m['phase3.medianExp'], round(pfs?.experimentalMedian, 1)],
          ...design,
          [m['phase3.accrual'], s.accrualMonths],
          [m['phase3.followUp'], s.followUpMonths],
          [m['phase3.dropout'], s.dropoutPerYear],
          [m['phase3.pEvent'], round(pfs?.probabilityOfEvent, 4)],
          [m['phase3.lfSubjects'], pfs?.lachinFoulkesSubjects ?? null],
          [m['phase3.lfEvents'], pfs?.lachinFoulkesEvents ?? null],
          [m['phase3.eventsSchoenfeld'], pfs?.schoenfeldEvents ?? null],
          [m['phase3.subjects'], pfs?.schoenfeldSubjects ?? null],
          [
            m['phase3.eventsFreedman'],
            o.allocationRatio === 1 ? (pfs?.freedmanEvents ?? null) : null,
          ],
        ],
        notes: notes('pfs'),
      },
      {
        id: 'phase3-response-rate',
        title: m['table.phase3Response'],
        columns: [m['col.assumption'], m['col.value']],
        rows: [
          [m['phase3.observedOrr'], observedOrr],
          [m['phase3.controlOrr'], o.response.controlOrr],
          [
            m['phase3.targetOrrSource'],
            o.response.targetOrr.kind === 'fixed'
              ? m['phase3.source.fixed']
              : m['phase3.source.observedOrr'],
          ],
          [m['phase3.targetOrr'], round(orr?.design.experimentalRate, 4)],
          ...design,
          [m['phase3.cc'], o.response.continuityCorrection ? m['word.yes'] : m['word.no']],
          [m['phase3.nControl'], orr?.control ?? null],
          [m['phase3.nExperimental'], orr?.experimental ?? null],
          [m['phase3.nTotal'], orr?.total ?? null],
        ],
        notes: notes('orr'),
      },
    ],
  };
}

export function listingsSection(
  m: ReportMessages,
  ov: StudyOverview,
  enrolled: CutSubject[],
  siteCode: (id: string) => string,
  cutoff: string,
): ReportSection {
  const ep = new Map((ov.endpoints?.subjects ?? []).map((s) => [s.id, s]));
  const known = upTo(cutoff);
  return {
    id: 'listings',
    title: m['section.listings'],
    paragraphs: [],
    figures: [],
    tables: [
      {
        id: 'listing-efficacy',
        title: m['table.listingEfficacy'],
        columns: [
          m['col.subject'],
          m['col.site'],
          m['col.date'],
          m['col.bor'],
          m['col.bestChange'],
          m['col.pfs'],
          m['col.os'],
          m['col.status'],
        ],
        rows: ov.tumour.map((t) => {
          const e = ep.get(t.subjectId);
          return [
            t.label,
            siteCode(t.siteId),
            t.enrolmentDate,
            t.bor,
            round(t.bestPctChange, 1),
            e ? `${e.pfs.days}${e.pfs.event ? '' : '+'}` : null,
            e ? `${e.os.days}${e.os.event ? '' : '+'}` : null,
            t.ongoing ? m['word.ongoing'] : '',
          ];
        }),
        notes: ['+ = censored'],
      },
      {
        id: 'listing-adverse-events',
        title: m['table.listingAe'],
        columns: [
          m['col.subject'],
          m['col.term'],
          m['col.grade'],
          m['col.date'],
          m['col.serious'],
          m['col.related'],
          m['col.outcome'],
        ],
        rows: enrolled.flatMap((s) =>
          s.adverse_events
            .filter((a) => known(a.onsetDate))
            .sort((a, b) =>
              str(a.onsetDate) < str(b.onsetDate)
                ? -1
                : str(a.onsetDate) > str(b.onsetDate)
                  ? 1
                  : str(a.id) < str(b.id)
                    ? -1
                    : 1,
            )
            .map((a) => [
              labelOf(s),
              str(a.term),
              Number(a.grade),
              str(a.onsetDate),
              Number(a.serious) === 1 ? m['word.yes'] : m['word.no'],
              str(a.relatedness),
              str(a.outcome),
            ]),
        ),
        notes: [],
      },
    ],
  };
}
