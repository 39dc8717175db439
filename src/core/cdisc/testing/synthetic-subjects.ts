/**
 * Synthetic export subjects for tests and the benchmark: deterministic (a seeded generator, no
 * Math.random), plausible for this protocol — screening 7 days before day 1, 28-day cycles with
 * labs and vital signs, scans every 56 days with two target lesions (a liver lesion and a lymph
 * node) and a non-target, some responders, some progressions, adverse events, medications,
 * MEN1 results and specimens.
 */
import { addDays } from '../../shared/calendar-date.ts';
import type { ExportSubject } from '../export-subject.ts';

/** mulberry32: a small seeded PRNG (deterministic fixtures). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/**
 * @example syntheticSubject(1).subjectCode // '01-0001'
 */
export function syntheticSubject(n: number, seed = n): ExportSubject {
  const rnd = seeded(seed);
  const day1 = addDays('2026-01-05', n % 200);
  const cycles = 1 + Math.floor(rnd() * 9);
  const progresses = rnd() < 0.4;
  const shrink = rnd() < 0.3 ? 0.55 : 0.9; // responders shrink by 45 %
  const lastDose = addDays(day1, cycles * 28 - 1);
  const visits: ExportSubject['visits'] = [
    { id: `v${n}-s`, kind: 'screening', date: addDays(day1, -7), cycle: null },
  ];
  for (let c = 1; c <= cycles; c++)
    visits.push({
      id: `v${n}-c${c}`,
      kind: 'cycle-day-1',
      date: addDays(day1, (c - 1) * 28),
      cycle: c,
    });
  const results: ExportSubject['results'] = [];
  for (const v of visits) {
    const alt = 15 + Math.floor(rnd() * 60);
    results.push(
      {
        visitId: v.id,
        panelId: 'liver-kidney',
        itemCode: 'ALT',
        value: String(alt),
        unit: 'U/L',
        referenceLow: '7',
        referenceHigh: '40',
      },
      {
        visitId: v.id,
        panelId: 'blood-routine',
        itemCode: 'HGB',
        value: String(95 + Math.floor(rnd() * 60)),
        unit: 'g/L',
        referenceLow: '115',
        referenceHigh: '150',
      },
      {
        visitId: v.id,
        panelId: 'vital-signs',
        itemCode: 'SYSBP',
        value: String(100 + Math.floor(rnd() * 50)),
        unit: 'mm[Hg]',
        referenceLow: null,
        referenceHigh: null,
      },
    );
  }
  const scans: ExportSubject['tumourAssessments'] = [
    {
      visitId: `v${n}-s`,
      reader: 'site',
      date: addDays(day1, -7),
      lesions: [
        { id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 30 },
        { id: 'T2', kind: 'target', organ: 'lymph node', nodal: true, diameterMm: 20 },
        { id: 'NT1', kind: 'non-target', organ: 'pancreas', nodal: false, status: 'present' },
      ],
    },
  ];
  for (let k = 1; 56 * k < cycles * 28; k++) {
    const f = progresses && k >= 2 ? 1.3 : shrink ** Math.min(k, 2);
    scans.push({
      visitId: `v${n}-c${2 * k + 1}`,
      reader: 'site',
      date: addDays(day1, 56 * k),
      lesions: [
        { id: 'T1', diameterMm: Math.round(30 * f * 10) / 10 },
        { id: 'T2', diameterMm: Math.round(20 * f * 10) / 10 },
        { id: 'NT1', status: 'present' },
      ],
    });
  }
  const died = progresses && rnd() < 0.3;
  return {
    id: `subject-${n}`,
    siteId: `site-${1 + (n % 3)}`,
    subjectCode: `${String(1 + (n % 3)).padStart(2, '0')}-${String(n).padStart(4, '0')}`,
    screeningNumber: `S${String(n).padStart(5, '0')}`,
    sex: pick(rnd, ['M', 'F']),
    birthDate: `${1950 + Math.floor(rnd() * 40)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
    ethnicity: 'NOT HISPANIC OR LATINO',
    race: 'ASIAN',
    consentDate: addDays(day1, -10),
    consentWithdrawnDate: null,
    enrollmentDate: day1,
    screenFailureDate: null,
    screenFailureReason: null,
    firstDoseDate: day1,
    lastDoseDate: lastDose,
    treatmentEndReason: progresses ? 'progression' : 'toxicity',
    dispensations: Array.from({ length: cycles }, (_, c) => ({
      cycle: c + 1,
      date: addDays(day1, c * 28),
      tablets: 56,
    })),
    doseChanges:
      cycles > 3 && rnd() < 0.3
        ? [{ kind: 'reduction', date: addDays(day1, 60), doseMg: '10', reason: 'ALT 2-3 x ULN' }]
        : [],
    disposition: {
      endOfStudyDate: died ? null : addDays(day1, 251),
      deathDate: died ? addDays(lastDose, 30) : null,
      deathCause: died ? 'Disease progression' : null,
      lostToFollowUpDate: null,
      lastKnownAliveDate: died ? null : addDays(day1, 251),
      newAnticancerTherapyDate: null,
    },
    medicalHistory: [
      { term: 'Primary hyperparathyroidism', startDate: '2019-05', endDate: null, ongoing: true },
    ],
    men1Results: [
      {
        sample: 'blood',
        origin: 'germline',
        hgvsC: 'c.1546dupC',
        hgvsP: 'p.(Arg516Profs*15)',
        classification: 'pathogenic',
        lab: 'Central lab',
        reportDate: addDays(day1, -12),
      },
    ],
    visits,
    results,
    tumourAssessments: scans,
    adverseEvents: [
      {
        term: 'Diarrhoea',
        ctcaeVersion: '5.0',
        meddraPtCode: '10012735',
        meddraSocCode: '10017947',
        onsetDate: addDays(day1, 10),
        resolutionDate: addDays(day1, 20),
        grade: 1 + Math.floor(rnd() * 3),
        serious: false,
        seriousCriteria: [],
        relatedness: 'related',
        actionTaken: 'dose-not-changed',
        outcome: 'recovered',
        awarenessAt: `${addDays(day1, 11)}T01:30:00.000Z`,
        saeReportedAt: null,
      },
    ],
    medications: [
      {
        name: 'Omeprazole',
        atcCode: 'A02BC01',
        dose: '20',
        doseUnit: 'mg',
        route: 'oral',
        frequency: 'QD',
        indication: 'Gastrinoma symptoms',
        startDate: '2025-11-01',
        stopDate: null,
      },
    ],
    specimens: [
      {
        label: `BB-${n}-1`,
        type: 'whole-blood',
        collectedAt: `${addDays(day1, -7)}T02:30:00.000Z`,
        visitId: `v${n}-s`,
        quantity: '10',
        unit: 'mL',
      },
    ],
    eligibilityNotMet: { date: day1, criterionIds: [] },
    recist: null,
    recistIndependent: null,
    measurableDiseaseAtBaseline: false,
  };
}
