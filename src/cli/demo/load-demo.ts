/**
 * Loads a simulated study (core `simulateTrial`) into a store THROUGH THE REAL WRITE PATH: the
 * Fastify app is built in-process with the real route table and session authenticator and
 * driven with `inject` by signed-in demo users, so every record passes the same validation,
 * access checks, core date rules and audited transactions as a site's entry, and the audit
 * chain is real. Dates are set relative to the store clock's today (the data cut), screening
 * starting 320 days earlier, so nothing lies in the future.
 */
import { addDays, compareDates, type IsoDate } from '../../core/shared/calendar-date.ts';
import { simulateTrial } from '../../core/simulation/simulate-trial.ts';
import type { SimulatedPatient } from '../../core/simulation/simulated-patient.ts';
import {
  DEFAULT_SIMULATION,
  type SimulationParameters,
} from '../../core/simulation/simulation-parameters.ts';
import { sessionAuthenticator } from '../../server/auth/session-authenticator.ts';
import { buildApp } from '../../server/build-app.ts';
import { routeTable } from '../../server/route-table.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import type { Store } from '../../store/open-store.ts';
import { ensureDefaultProtocol } from '../../store/protocol/protocol-repository.ts';
import { createSite, listSites, type Site } from '../../store/sites/site-repository.ts';
import { DEMO_PASSWORD, type DemoAccount, ensureDemoAccounts } from './demo-accounts.ts';
import { type RequestStats, signInDemoUser } from './demo-client.ts';
import { type OptionalStepLog, type ReplayOutcome, replayPatient } from './replay-patient.ts';

/** Days between the first screening and the data cut (today). */
export const DEMO_SPAN_DAYS = 320;
/** The central biobank among the simulation's sites. */
export const CENTRAL_BIOBANK_CODE = 'CAMS';

export interface DemoOptions {
  /** Patients screened (default: the simulation's default, 30). */
  subjects?: number;
  seed?: number;
  /** Progress and skip lines; silent by default. */
  log?: (line: string) => void;
}

export interface DemoResult {
  asOf: IsoDate;
  seed: number;
  /** The simulated study, for comparing what was loaded with what was simulated. */
  patients: SimulatedPatient[];
  outcomes: Record<ReplayOutcome, number>;
  /** Subject records created (every simulated patient is screened). */
  screened: number;
  sites: Site[];
  accounts: DemoAccount[];
  password: string;
  /** Optional steps (adverse events, con-meds, specimens): saved and skipped per kind. */
  optionalSaved: Record<string, number>;
  optionalSkipped: Record<string, number>;
  seconds: number;
  /** CPU time of this process during the load (user + system): wall time less the waiting. */
  cpuSeconds: number;
  /** Requests sent through the API, per method and route shape. */
  requests: RequestStats;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

export class DemoNotEmptyError extends Error {
  constructor(subjects: number) {
    super(
      `the database already holds ${subjects} subject(s); the demo loads into an empty study — use a fresh --data-dir`,
    );
    this.name = 'DemoNotEmptyError';
  }
}

/**
 * The simulation the demo loads on `asOf`: the default cohort with the dates moved so that
 * screening starts {@link DEMO_SPAN_DAYS} days before `asOf`.
 *
 * @example demoSimulationParameters('2026-11-25', {}).firstScreeningDate // '2026-01-09'
 */
export function demoSimulationParameters(
  asOf: IsoDate,
  o: Pick<DemoOptions, 'subjects' | 'seed'>,
): SimulationParameters {
  return {
    ...DEFAULT_SIMULATION,
    seed: o.seed ?? DEFAULT_SIMULATION.seed,
    screened: o.subjects ?? DEFAULT_SIMULATION.screened,
    asOf,
    firstScreeningDate: addDays(asOf, -DEMO_SPAN_DAYS),
  };
}

export async function countSubjects(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom('subjects')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * A brand-new study database: no accounts and no subjects. `oncotrial serve` loads the demo
 * only then, so a study someone has started to set up is never filled with demo data.
 */
export async function isFreshStudy(store: Store): Promise<boolean> {
  const users = await store.db.selectFrom('users').select('id').limit(1).execute();
  return users.length === 0 && (await countSubjects(store)) === 0;
}

async function ensureSites(store: Store, params: SimulationParameters): Promise<Site[]> {
  const existing = await listSites(store);
  const out: Site[] = [];
  for (const s of params.sites) {
    const found = existing.find((e) => e.code === s.code);
    out.push(
      found ??
        (await createSite(store, SYSTEM_ACTOR, {
          code: s.code,
          name: s.name,
          nameZh: s.nameZh,
          timezone: s.timezone,
          isCentralBiobank: s.code === CENTRAL_BIOBANK_CODE,
        })),
    );
  }
  return out;
}

/**
 * Where each simulated patient is screened. The central biobank does not screen subjects (the
 * store refuses it), so patients the simulation drew at the biobank's hospital are screened at
 * the enrolling sites in turn, their screening number naming the site that screens them.
 */
export function placePatients(
  patients: SimulatedPatient[],
  sites: Site[],
): Array<{ patient: SimulatedPatient; site: Site }> {
  const enrolling = sites.filter((s) => !s.isCentralBiobank);
  if (enrolling.length === 0) throw new Error('the simulation has no enrolling site');
  let turn = 0;
  return patients.map((p) => {
    const own = enrolling.find((s) => s.code === p.siteCode);
    if (own) return { patient: p, site: own };
    const site = enrolling[turn++ % enrolling.length] as Site;
    const screeningNumber = p.screeningNumber.replace(`-${p.siteCode}-`, `-${site.code}-`);
    return { patient: { ...p, siteCode: site.code, screeningNumber }, site };
  });
}

/**
 * Loads the demo study into `store` (which must hold no subjects yet).
 *
 * @example
 * const r = await loadDemo(store, { subjects: 8, seed: 7 });
 * console.log(`${r.screened} screened, ${r.outcomes.enrolled} enrolled`);
 */
export async function loadDemo(store: Store, o: DemoOptions = {}): Promise<DemoResult> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const say = o.log ?? (() => {});
  const asOf = store.now().slice(0, 10);
  const params = demoSimulationParameters(asOf, o);
  const { patients } = simulateTrial(params);

  await ensureDefaultProtocol(store);
  const already = await countSubjects(store);
  if (already > 0) throw new DemoNotEmptyError(already);
  const sites = await ensureSites(store, params);
  const accounts = await ensureDemoAccounts(store, sites);

  const app = await buildApp({
    store,
    routes: routeTable,
    authenticator: sessionAuthenticator(store),
    logger: false,
  });
  const outcomes: Record<ReplayOutcome, number> = {
    enrolled: 0,
    'screen-failed': 0,
    screening: 0,
    'design-closed': 0,
  };
  const requests: RequestStats = new Map();
  const stepLog: OptionalStepLog = { failures: new Map(), saved: new Map(), log: say };
  try {
    const clients = {
      coordinator: await signInDemoUser(app, 'coordinator', DEMO_PASSWORD, requests),
      investigator: await signInDemoUser(app, 'investigator', DEMO_PASSWORD, requests),
    };
    // Enrolment order is what the phase II design counts (its first n1 are stage 1).
    const ordered = [...patients].sort((a, b) =>
      compareDates(a.enrolmentDate ?? a.consentDate, b.enrolmentDate ?? b.consentDate),
    );
    const placed = placePatients(ordered, sites);
    for (const { patient, site } of placed)
      outcomes[await replayPatient(clients, site.id, patient, stepLog)]++;
  } finally {
    await app.close();
  }
  return {
    asOf,
    seed: params.seed,
    patients,
    outcomes,
    screened: patients.length,
    sites,
    accounts,
    password: DEMO_PASSWORD,
    optionalSaved: Object.fromEntries(stepLog.saved),
    optionalSkipped: Object.fromEntries(stepLog.failures),
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpuStart),
    requests,
  };
}
