/**
 * A seeded simulation of the leflunomide MEN-1 trial: screening with screen failures, MEN1
 * results, enrolment over time, dosing with reductions, tumour scans whose true response rate and
 * PFS come from the parameters, labs with liver episodes and a Hy's law case, adverse events,
 * concomitant medications including prohibited ones, specimens, deaths and early stops — as the
 * records sites would enter up to the data cut. Same seed, same study.
 *
 * Choosing responders: a confirmed response needs two scans ≥ 28 days apart before progression,
 * so responders are drawn among patients whose true progression comes after the second scan
 * (day ≥ 120), with probability trueOrr / P(PFS ≥ 120): the response rate is trueOrr overall and
 * the PFS distribution is left exactly exponential.
 */
import { addDays, compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { type Random, seededRandom } from '../shared/seeded-random.ts';
import { type LiverPicture, labPanel } from './simulate-labs.ts';
import { baselineAssessment, baselineLesions, scanAt } from './simulate-tumour.ts';
import type {
  ScreenFailureReason,
  SimulatedAdverseEvent,
  SimulatedPatient,
} from './simulated-patient.ts';
import type { SimulationParameters } from './simulation-parameters.ts';

const HORIZON_DAY = 252;
const PATHOGENIC = [
  { hgvsC: 'c.249_252del', hgvsP: 'p.(Ile85Serfs*33)' },
  { hgvsC: 'c.628_631del', hgvsP: 'p.(Thr210Serfs*13)' },
  { hgvsC: 'c.1378C>T', hgvsP: 'p.(Arg460*)' },
  { hgvsC: 'c.1546dup', hgvsP: 'p.(Arg516Profs*15)' },
  { hgvsC: 'c.784-9G>A', hgvsP: 'p.?' },
];
const MANIFESTATIONS = [
  'parathyroid',
  'pituitary',
  'pancreatic-duodenal-net',
  'adrenal',
  'thymic-bronchial-carcinoid',
];
const COMMON_AES: Array<{ term: string; p: number; grades: Array<1 | 2> }> = [
  { term: 'Diarrhea', p: 0.25, grades: [1, 2] },
  { term: 'Fatigue', p: 0.2, grades: [1] },
  { term: 'Nausea', p: 0.15, grades: [1] },
  { term: 'Hypertension', p: 0.15, grades: [2] },
  { term: 'Alopecia', p: 0.1, grades: [1] },
  { term: 'Rash maculo-papular', p: 0.1, grades: [1, 2] },
];
const ALLOWED_MEDS = [
  { name: 'Amlodipine 氨氯地平', indication: 'hypertension' },
  { name: 'Omeprazole', indication: 'gastrin excess' },
  { name: 'Calcium carbonate', indication: 'hypoparathyroidism after surgery' },
  { name: 'Cholecalciferol', indication: 'vitamin D deficiency' },
];
const PROHIBITED_MEDS = [
  { name: '复方丹参滴丸', indication: 'chest discomfort' },
  { name: 'Liuwei Dihuang Wan', indication: 'fatigue' },
  { name: 'Dilantin', indication: 'seizure prophylaxis' },
  { name: 'Rifampicin', indication: 'latent tuberculosis' },
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const before = (a: IsoDate, b: IsoDate) => compareDates(a, b) <= 0;

function simulatePatient(
  p: SimulationParameters,
  rng: Random,
  index: number,
  hysLawTaken: { done: boolean },
): SimulatedPatient | null {
  const site = p.sites[index % p.sites.length]!;
  const screeningDate = addDays(
    p.firstScreeningDate,
    Math.floor((index * p.accrualDays) / p.screened),
  );
  if (!before(screeningDate, p.asOf)) return null;
  const failure: ScreenFailureReason | null = rng.chance(p.screenFailureRate)
    ? rng.pick([
        'no-pathogenic-men1-variant',
        'alt-above-2x-uln',
        'no-measurable-disease',
        'consent-withdrawn',
      ] as const)
    : null;
  const variant = rng.pick(PATHOGENIC);
  const germline = rng.chance(0.85);
  const men1 =
    failure === 'no-pathogenic-men1-variant'
      ? {
          sample: 'blood' as const,
          origin: 'germline' as const,
          hgvsC: 'c.1621G>A',
          hgvsP: 'p.(Ala541Thr)',
          classification: 'VUS' as const,
        }
      : {
          sample: germline ? ('blood' as const) : ('tumour' as const),
          origin: germline ? ('germline' as const) : ('somatic' as const),
          ...variant,
          classification: rng.chance(0.8)
            ? ('pathogenic' as const)
            : ('likely-pathogenic' as const),
        };
  const sex = rng.chance(0.55) ? 'F' : 'M';
  const birthDate = `${rng.int(1952, 1992)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
  const manifestations = [
    'pancreatic-duodenal-net',
    ...MANIFESTATIONS.filter((m) => m !== 'pancreatic-duodenal-net' && rng.chance(0.4)),
  ];
  const screeningLabs = labPanel(
    rng,
    screeningDate,
    failure === 'alt-above-2x-uln' ? 'alt-above-2x' : 'normal',
  );
  const base: SimulatedPatient = {
    screeningNumber: `S-${site.code}-${pad(index + 1, 3)}`,
    siteCode: site.code,
    sex,
    birthDate,
    consentDate: screeningDate,
    biobankConsent: rng.chance(0.9),
    geneticConsent: true,
    manifestations,
    men1,
    screeningLabs,
    screenFailure: failure,
    enrolmentDate: null,
    tumourAssessments: [],
    labs: [],
    adverseEvents: [],
    conMeds: [],
    dispensing: [],
    endOfTreatment: null,
    death: null,
    lastKnownAlive: screeningDate,
    specimens: [
      {
        type: 'whole-blood-edta',
        collectedOn: screeningDate,
        purpose: 'men1-germline',
        shipped: false,
      },
      { type: 'ffpe-block', collectedOn: screeningDate, purpose: 'men1-somatic', shipped: false },
    ],
    truth: { responder: false, progressionDay: 0, deathDay: 0 },
  };
  const measurable = failure !== 'no-measurable-disease';
  const lesions = baselineLesions(rng, measurable);
  const enrolment = addDays(screeningDate, rng.int(14, 21));
  const baselineScan = addDays(enrolment, -rng.int(3, 20));
  if (before(baselineScan, p.asOf))
    base.tumourAssessments.push(baselineAssessment(lesions, baselineScan));
  if (failure || !before(enrolment, p.asOf)) return base;

  // enrolled: day 1 = enrolment = first dose
  base.enrolmentDate = enrolment;
  const progressionDay = Math.max(1, Math.round(rng.exponentialWithMedian(p.medianPfsDays)));
  const pLate = 2 ** (-120 / p.medianPfsDays);
  const responder = progressionDay >= 120 && rng.chance(Math.min(1, p.trueOrr / pLate));
  const deathDay =
    progressionDay +
    Math.max(1, Math.round(rng.exponentialWithMedian(p.medianPostProgressionSurvivalDays)));
  base.truth = { responder, progressionDay, deathDay };
  const earlyStopDay = rng.chance(p.earlyStopRate) ? rng.int(30, 150) : null;
  const liver = rng.chance(p.liverEpisodeRate) ? rng.int(2, 4) : null;
  const hysLaw = liver !== null && p.hysLawCase && !hysLawTaken.done;
  if (hysLaw) hysLawTaken.done = true;
  const day = (d: number) => addDays(enrolment, d - 1);
  const alive = (d: number) => d < deathDay && before(day(d), p.asOf);

  // treatment: cycles of 28 days until progression, early stop, Hy's law, death or the data cut
  const scanState = { factor: 1, nadirFactor: 1 };
  const course = { responder, progressionDay, rng };
  let eot: SimulatedPatient['endOfTreatment'] = null;
  let doseMg = 20;
  let lastScanDay = 0;
  let progressed = false;
  for (let cycle = 1; !eot && !progressed; cycle++) {
    const cycleDay = 1 + 28 * (cycle - 1) + (cycle === 1 ? 0 : rng.int(-2, 2));
    if (!alive(cycleDay) || cycleDay > HORIZON_DAY) break;
    const date = day(cycleDay);
    let picture: LiverPicture = 'normal';
    if (liver !== null && cycle === liver) picture = hysLaw ? 'hys-law' : 'alt-episode';
    if (liver !== null && cycle === liver + 1) picture = 'recovering';
    base.labs.push(...labPanel(rng, date, picture));
    if (picture === 'alt-episode') {
      doseMg = 10; // leflunomide label: ALT 2–3 × ULN → consider 10 mg
      base.adverseEvents.push({
        term: 'Alanine aminotransferase increased',
        grade: 1,
        onset: date,
        resolved: day(cycleDay + 28),
        serious: false,
        relatedToDrug: true,
      });
    }
    if (picture === 'hys-law') {
      base.adverseEvents.push({
        term: 'Alanine aminotransferase increased',
        grade: 3,
        onset: date,
        resolved: null,
        serious: true,
        relatedToDrug: true,
      });
      eot = { date, reason: 'toxicity' };
      break;
    }
    const prev = base.dispensing.at(-1);
    if (prev) prev.tabletsReturned = rng.int(0, 4);
    base.dispensing.push({
      cycle,
      date,
      doseMg,
      tabletsDispensed: (doseMg / 10) * 28,
      tabletsReturned: null,
    });
    // tumour evaluation every two cycles: days 57, 113, 169, 225 (± 7)
    const evalDay = 57 + 56 * (Math.ceil(cycle / 2) - 1);
    if (cycle % 2 === 0 && alive(evalDay + 28) && evalDay <= HORIZON_DAY) {
      const sDay = evalDay + rng.int(-5, 5);
      if (alive(sDay)) {
        const scan = scanAt(course, lesions, day(sDay), sDay, scanState);
        base.tumourAssessments.push(scan.assessment);
        lastScanDay = sDay;
        if (scan.progression) {
          progressed = true;
          eot = { date: day(sDay + 2), reason: 'progression' };
        }
      }
    }
    if (
      !eot &&
      earlyStopDay !== null &&
      earlyStopDay <= cycleDay + 27 &&
      earlyStopDay < progressionDay
    ) {
      eot = { date: day(earlyStopDay), reason: rng.chance(0.5) ? 'toxicity' : 'withdrawal' };
    }
  }
  // off treatment without progression: imaging every 42 days after the last scan, to day 252
  if (eot && !progressed) {
    for (
      let sDay = lastScanDay + 42;
      sDay <= HORIZON_DAY && alive(sDay) && !progressed;
      sDay += 42
    ) {
      if (compareDates(day(sDay), eot.date) <= 0) continue;
      const scan = scanAt(course, lesions, day(sDay), sDay, scanState);
      base.tumourAssessments.push(scan.assessment);
      progressed = scan.progression;
    }
  }
  if (eot && before(eot.date, p.asOf)) base.endOfTreatment = eot;
  if (before(day(deathDay), p.asOf) && deathDay <= HORIZON_DAY + 60) {
    base.death = { date: day(deathDay), cause: progressed ? 'disease progression' : 'other' };
    if (!base.endOfTreatment) base.endOfTreatment = { date: day(deathDay), reason: 'death' };
  }
  const lastDay = Math.min(HORIZON_DAY + 7, deathDay - 1);
  const lastContact = day(lastDay);
  base.lastKnownAlive = before(lastContact, p.asOf) ? lastContact : p.asOf;

  for (const ae of COMMON_AES) {
    if (!rng.chance(ae.p)) continue;
    const onsetDay = rng.int(5, 120);
    if (!alive(onsetDay)) continue;
    const ev: SimulatedAdverseEvent = {
      term: ae.term,
      grade: rng.pick(ae.grades),
      onset: day(onsetDay),
      resolved: alive(onsetDay + 21) ? day(onsetDay + 21) : null,
      serious: false,
      relatedToDrug: rng.chance(0.6),
    };
    base.adverseEvents.push(ev);
  }
  base.conMeds.push({
    ...rng.pick(ALLOWED_MEDS),
    start: addDays(screeningDate, -rng.int(30, 400)),
    stop: null,
  });
  if (rng.chance(p.prohibitedDrugRate)) {
    const startDay = rng.int(20, 100);
    if (alive(startDay))
      base.conMeds.push({
        ...rng.pick(PROHIBITED_MEDS),
        start: day(startDay),
        stop: alive(startDay + 14) ? day(startDay + 14) : null,
      });
  }
  if (base.biobankConsent) {
    for (const a of base.tumourAssessments.slice(1))
      base.specimens.push({
        type: 'plasma',
        collectedOn: a.date,
        purpose: 'biomarker',
        shipped: false,
      });
  }
  for (const s of base.specimens) s.shipped = before(addDays(s.collectedOn, 14), p.asOf);
  return base;
}

/** Simulates the whole study. @example simulateTrial({ ...DEFAULT_SIMULATION, seed: 7 }).patients.length */
export function simulateTrial(p: SimulationParameters): {
  parameters: SimulationParameters;
  patients: SimulatedPatient[];
} {
  const rng = seededRandom(p.seed);
  const hysLawTaken = { done: false };
  const patients: SimulatedPatient[] = [];
  for (let i = 0; i < p.screened; i++) {
    const patient = simulatePatient(p, rng, i, hysLawTaken);
    if (patient) patients.push(patient);
  }
  return { parameters: p, patients };
}
