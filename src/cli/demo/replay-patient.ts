/**
 * Replays one simulated patient through the HTTP API, as the site would enter it: screening
 * (subject, consents, MEN1 result, manifestations, the investigator's eligibility answers, the
 * screening visit with blood routine, liver and kidney function and the baseline CT), then a
 * screen failure or enrolment, then the course in date order (cycle-day-1 visits with labs,
 * dispensing, drug returns, the dose reduction after a liver episode, tumour evaluations),
 * end of treatment and the disposition. Adverse events, concomitant medications and specimens
 * go through their routes too, but as optional steps: a refusal there is logged and counted,
 * not fatal (those capabilities are landing separately).
 */
import type { Assessment } from '../../core/recist/recist-input.schema.ts';
import { compareDates, type IsoDate } from '../../core/shared/calendar-date.ts';
import type {
  ScreenFailureReason,
  SimulatedLab,
  SimulatedPatient,
} from '../../core/simulation/simulated-patient.ts';
import { type DemoClient, DemoRequestError } from './demo-client.ts';

export interface ReplayClients {
  /** Enters the site's data (research coordinator). */
  coordinator: DemoClient;
  /** Answers eligibility, enrols, records adverse events (investigator). */
  investigator: DemoClient;
}

export type ReplayOutcome = 'enrolled' | 'screen-failed' | 'screening' | 'design-closed';

export interface OptionalStepLog {
  /** Failures per optional step kind ('adverse-event', 'con-med', 'specimen'). */
  failures: Map<string, number>;
  saved: Map<string, number>;
  log(line: string): void;
}

const PANEL_TESTS: Record<'blood-routine' | 'liver-kidney', readonly string[]> = {
  'blood-routine': ['WBC', 'NEUT', 'LYMPH', 'HGB', 'PLAT'],
  'liver-kidney': ['ALT', 'AST', 'ALP', 'BILI', 'CREAT'],
};

const SCREEN_FAILURE_TEXT: Record<ScreenFailureReason, string> = {
  'no-pathogenic-men1-variant':
    'no pathogenic or likely pathogenic MEN1 variant (VUS only): inclusion criterion not met',
  'alt-above-2x-uln': 'ALT above 2 × ULN at screening: inclusion criterion not met',
  'no-measurable-disease': 'no measurable disease by RECIST 1.1 at baseline',
  'consent-withdrawn': 'informed consent withdrawn during screening',
};

const CRF_MANIFESTATIONS = new Set([
  'parathyroid',
  'pituitary',
  'pancreatic-duodenal-net',
  'adrenal',
  'thymic-carcinoid',
  'bronchial-carcinoid',
]);

/** The simulation's lumped "thymic-bronchial-carcinoid" has no CRF code: "other" with details. */
function manifestationBody(m: string) {
  if (CRF_MANIFESTATIONS.has(m)) return { manifestation: m };
  return {
    manifestation: 'other',
    details: m.replaceAll('-', ' ').replace('bronchial', 'or bronchial'),
  };
}

const maxDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) >= 0 ? a : b);

/** Numbers as plain decimal text (no exponent), as a laboratory report writes them. */
function decimalText(v: number): string {
  return String(Number(v.toFixed(4)));
}

function panelResults(labs: SimulatedLab[], tests: readonly string[]) {
  return labs
    .filter((l) => tests.includes(l.test))
    .map((l) => ({
      code: l.test,
      value: decimalText(l.value),
      unit: l.unit,
      referenceLow: decimalText(l.lln),
      referenceHigh: decimalText(l.uln),
    }));
}

async function savePanels(c: DemoClient, base: string, visitId: string, labs: SimulatedLab[]) {
  for (const [panel, tests] of Object.entries(PANEL_TESTS)) {
    const results = panelResults(labs, tests);
    if (results.length)
      await c.send('PUT', `${base}/visits/${visitId}/panels/${panel}`, { results });
  }
}

async function saveScan(c: DemoClient, base: string, visitId: string, a: Assessment) {
  await c.send('PUT', `${base}/visits/${visitId}/tumour-assessment`, {
    lesions: a.lesions,
    ...(a.tumorMarkersNormal !== undefined ? { tumourMarkersNormal: a.tumorMarkersNormal } : {}),
  });
}

/** Runs an optional step: a refusal is logged (first one per kind with its body) and counted. */
async function optional(log: OptionalStepLog, kind: string, step: () => Promise<unknown>) {
  try {
    await step();
    log.saved.set(kind, (log.saved.get(kind) ?? 0) + 1);
  } catch (e) {
    const n = (log.failures.get(kind) ?? 0) + 1;
    log.failures.set(kind, n);
    if (n === 1)
      log.log(
        `demo: skipping ${kind} records (route missing or refusing): ${e instanceof Error ? e.message : String(e)}`,
      );
  }
}

function isDesignClosed(e: unknown): boolean {
  return e instanceof DemoRequestError && e.status === 409 && e.body.includes('phase2-design');
}

/** A dated step of the on-study course; replayed in date order, ties in `order`. */
interface CourseStep {
  date: IsoDate;
  order: number;
  run: () => Promise<void>;
}

/**
 * Replays `p` at site `siteId`; returns where the subject ended up.
 *
 * @example
 * await replayPatient(clients, siteId, patient, log); // 'enrolled'
 */
export async function replayPatient(
  clients: ReplayClients,
  siteId: string,
  p: SimulatedPatient,
  log: OptionalStepLog,
): Promise<ReplayOutcome> {
  const c = clients.coordinator;
  const inv = clients.investigator;
  const subject = await c.send<{ id: string }>('POST', '/api/subjects', {
    siteId,
    screeningNumber: p.screeningNumber,
    sex: p.sex,
    birthDate: p.birthDate,
    ethnicity: 'NOT HISPANIC OR LATINO',
    race: 'ASIAN',
  });
  const base = `/api/subjects/${subject.id}`;

  // --- screening
  const mainConsent = await c.send<{ id: string }>('POST', `${base}/consents`, {
    kind: 'main',
    version: '1.0',
    signedDate: p.consentDate,
  });
  if (p.geneticConsent)
    await c.send('POST', `${base}/consents`, {
      kind: 'genetic-testing',
      version: '1.0',
      signedDate: p.consentDate,
    });
  if (p.biobankConsent)
    await c.send('POST', `${base}/consents`, {
      kind: 'biobank-storage',
      version: '1.0',
      signedDate: p.consentDate,
    });
  for (const m of p.manifestations)
    await c.send('POST', `${base}/men1-manifestations`, manifestationBody(m));
  await c.send('POST', `${base}/men1-results`, {
    ...p.men1,
    lab: 'Central genetics laboratory',
    reportDate: p.consentDate,
  });
  for (const [criterionId, met, evidence] of [
    ['inc-diagnosis', true, 'pathology report: well-differentiated neuroendocrine tumour'],
    ['exc-pregnancy', false, p.sex === 'F' ? 'negative pregnancy test at screening' : 'male'],
    ['exc-infection-immunodeficiency', false, 'history and screening serology'],
  ] as const)
    await inv.send('POST', `${base}/eligibility-answers`, { criterionId, met, evidence });

  const [baseline, ...scans] = p.tumourAssessments;
  // A scan may predate the consent (standard-of-care imaging); the visit is on or after both.
  const screeningDate = baseline ? maxDate(p.consentDate, baseline.date) : p.consentDate;
  const screening = await c.send<{ id: string }>('POST', `${base}/visits`, {
    kind: 'screening',
    date: screeningDate,
  });
  await savePanels(c, base, screening.id, p.screeningLabs);
  if (baseline) await saveScan(c, base, screening.id, baseline);
  for (const s of p.specimens.filter((x) => x.collectedOn === p.consentDate))
    await optional(log, 'specimen', () =>
      c.send('POST', '/api/specimens', {
        subjectId: subject.id,
        type: s.type,
        quantity: s.type === 'ffpe-block' ? '1' : '4',
        collectedAt: `${screeningDate}T09:00:00+08:00`,
        visitId: screening.id,
      }),
    );

  if (p.screenFailure) {
    if (p.screenFailure === 'consent-withdrawn')
      await c.send('POST', `${base}/consents/${mainConsent.id}/withdrawal`, {
        date: screeningDate,
        reason: 'the patient decided not to take part',
      });
    await c.send('POST', `${base}/screen-failure`, {
      date: screeningDate,
      reason: SCREEN_FAILURE_TEXT[p.screenFailure],
    });
    return 'screen-failed';
  }
  if (!p.enrolmentDate) return 'screening';
  try {
    await inv.send('POST', `${base}/enrolment`, { enrollmentDate: p.enrolmentDate });
  } catch (e) {
    // The Simon design may hold or stop enrolment: that is the protocol working, not a bug.
    // Such a patient leaves screening as a screen failure, as a site would record it.
    if (isDesignClosed(e)) {
      const detail = String(JSON.parse((e as DemoRequestError).body).detail ?? 'enrolment closed');
      log.log(`demo: ${p.screeningNumber} not enrolled: ${detail}`);
      await c.send('POST', `${base}/screen-failure`, {
        date: p.enrolmentDate,
        reason: `not enrolled: ${detail}`,
      });
      return 'design-closed';
    }
    throw e;
  }

  // --- on study, in date order
  const steps: CourseStep[] = [];
  const eot = p.endOfTreatment;
  const labsByDate = new Map<IsoDate, SimulatedLab[]>();
  for (const l of p.labs) labsByDate.set(l.date, [...(labsByDate.get(l.date) ?? []), l]);
  const dispensed = new Map<number, string>();
  let cycle = 0;
  for (const [date, labs] of [...labsByDate].sort((a, b) => compareDates(a[0], b[0]))) {
    const d = p.dispensing.find((x) => x.date === date);
    cycle = d?.cycle ?? cycle + 1;
    const thisCycle = cycle;
    steps.push({
      date,
      order: 0,
      run: async () => {
        const v = await c.send<{ id: string }>('POST', `${base}/visits`, {
          kind: 'cycle-day-1',
          date,
          cycle: thisCycle,
        });
        await savePanels(c, base, v.id, labs);
      },
    });
  }
  p.dispensing.forEach((d, i) => {
    const prev = p.dispensing[i - 1];
    steps.push({
      date: d.date,
      order: 1,
      run: async () => {
        if (prev && prev.tabletsReturned !== null) {
          const prevId = dispensed.get(prev.cycle);
          if (prevId)
            await c.send('POST', `${base}/drug-returns`, {
              dispensationId: prevId,
              returnDate: d.date,
              tabletsReturned: prev.tabletsReturned,
            });
        }
        if (prev && d.doseMg < prev.doseMg)
          await inv.send('POST', `${base}/dose-changes`, {
            kind: 'reduction',
            date: d.date,
            doseMg: d.doseMg,
            clinicalReason: `ALT 2–3 × ULN at cycle ${d.cycle} day 1: leflunomide label, reduce to ${d.doseMg} mg daily`,
            // TODO(record-fields): drop once `clinicalReason` (treatment-collections.ts) has landed
            reason: `ALT 2–3 × ULN: reduce to ${d.doseMg} mg`,
          });
        const saved = await c.send<{ id: string }>('POST', `${base}/dispensations`, {
          cycle: d.cycle,
          dispensedDate: d.date,
          tabletsDispensed: d.tabletsDispensed,
        });
        dispensed.set(d.cycle, saved.id);
      },
    });
  });
  for (const scan of scans) {
    const onTreatment = !eot || compareDates(scan.date, eot.date) <= 0;
    steps.push({
      date: scan.date,
      order: 2,
      run: async () => {
        const v = await c.send<{ id: string }>('POST', `${base}/visits`, {
          kind: onTreatment ? 'tumour-evaluation' : 'post-treatment-imaging',
          date: scan.date,
        });
        await saveScan(c, base, v.id, scan);
      },
    });
  }
  if (eot)
    steps.push({
      date: eot.date,
      order: 3,
      run: async () => {
        await inv.send('POST', `${base}/treatment-end`, {
          lastDoseDate: eot.date,
          endReason: eot.reason,
          // TODO(record-fields): drop once `endReason` (treatment-collections.ts) has landed
          reason: eot.reason,
        });
      },
    });
  for (const ae of p.adverseEvents)
    steps.push({
      date: ae.onset,
      order: 4,
      run: () =>
        optional(log, 'adverse-event', () =>
          inv.send('POST', `${base}/adverse-events`, {
            term: ae.term,
            onsetDate: ae.onset,
            resolutionDate: ae.resolved,
            grade: ae.grade,
            seriousCriteria: ae.serious ? ['hospitalisation'] : [],
            relatedness: ae.relatedToDrug ? 'related' : 'unlikely-related',
            actionTaken: ae.serious ? 'drug-withdrawn' : 'dose-not-changed',
            outcome: ae.resolved ? 'recovered' : 'not-recovered',
            ...(ae.serious ? { awarenessAt: `${ae.onset}T16:00:00+08:00` } : {}),
          }),
        ),
    });
  for (const cm of p.conMeds)
    steps.push({
      date: maxDate(cm.start, p.consentDate),
      order: 5,
      run: () =>
        optional(log, 'con-med', () =>
          c.send('POST', `${base}/concomitant-medications`, {
            name: cm.name,
            indication: cm.indication,
            startDate: cm.start,
            stopDate: cm.stop,
          }),
        ),
    });
  for (const s of p.specimens.filter((x) => x.collectedOn !== p.consentDate))
    steps.push({
      date: s.collectedOn,
      order: 6,
      run: () =>
        optional(log, 'specimen', () =>
          c.send('POST', '/api/specimens', {
            subjectId: subject.id,
            type: s.type,
            quantity: '4',
            collectedAt: `${s.collectedOn}T09:30:00+08:00`,
          }),
        ),
    });
  steps.sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
  for (const s of steps) await s.run();

  // --- disposition: death, or the last date the patient was known to be alive
  await inv.send('POST', `${base}/disposition`, {
    ...(p.death ? { deathDate: p.death.date, deathCause: p.death.cause } : {}),
    lastKnownAliveDate: p.lastKnownAlive,
  });
  return 'enrolled';
}
