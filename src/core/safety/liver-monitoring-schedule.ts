/**
 * Is ALT / full blood count (FBC) monitoring on the leflunomide protocol's rhythm?
 * (CLINICAL-RULES.md "Safety" and "Default schedule of this protocol".)
 *
 * Required tests: a baseline before the first dose (within the 28-day screening window), then
 * on cycle n day 1 (study day 1 + 28(n − 1)) for cycles 2–6, then every 2 cycles (cycles 8, 10,
 * …: every 8 weeks, the upper end of "every 6–8 weeks"), each ±3 days like the visit. While the
 * latest ALT is > 2 × ULN — and after any ALT > 3 × ULN until an ALT ≤ ULN ("weekly until
 * normal") — ALT is due 7 days after the previous one, also ±3 days, even after the last dose.
 *
 * The next test falls due at the first required target whose window opens after the last test,
 * so a late or unscheduled test resets the clock rather than leaving a visit "missed" forever
 * (missed visits are a protocol-deviation question, not this alert's). A test is overdue when
 * the `asOf` date (passed in; the core never reads a clock) is after that window's last day.
 * Routine monitoring is not required for targets after the last dose.
 * All numbers are protocol parameters with these defaults.
 */
import {
  addDays,
  compareDates,
  daysBetween,
  type IsoDate,
  isIsoDate,
} from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { gt, ratio } from './exact-ratio.ts';
import { type DatedLabResult, timesUln } from './lab-times-uln.ts';
import { LIVER_RULES, type LiverAlert } from './liver-alert.ts';
import { safetyReason } from './safety-reasons.ts';

export interface LiverMonitoringParams {
  cycleLengthDays: number;
  /** Cycles 1..monthlyCycles are tested every cycle. */
  monthlyCycles: number;
  /** Afterwards every this many cycles. */
  laterEveryCycles: number;
  windowDays: number;
  screeningDays: number;
  weeklyIntervalDays: number;
}

export const DEFAULT_LIVER_MONITORING: LiverMonitoringParams = {
  cycleLengthDays: 28,
  monthlyCycles: 6,
  laterEveryCycles: 2,
  windowDays: 3,
  screeningDays: 28,
  weeklyIntervalDays: 7,
};

export interface LiverMonitoringInput {
  treatmentStart: IsoDate;
  /** Last dose taken; null or absent while on treatment. */
  lastDoseDate?: IsoDate | null;
  asOf: IsoDate;
  /** ALT results (with values, for the weekly rule) and FBC results (NEUT, PLAT, WBC, HGB, LYMPH). */
  labs: readonly DatedLabResult[];
  params?: Partial<LiverMonitoringParams>;
}

export type MonitoringOverdueAlert = Extract<LiverAlert, { kind: 'monitoring-overdue' }>;
type Rhythm = MonitoringOverdueAlert['rhythm'];

export type MonitoringStatus =
  | { kind: 'not-started'; what: 'ALT' | 'FBC'; reasons: Reason[] }
  | { kind: 'not-required'; what: 'ALT' | 'FBC'; lastTestDate: IsoDate | null; reasons: Reason[] }
  | {
      kind: 'up-to-date';
      what: 'ALT' | 'FBC';
      rhythm: Rhythm;
      lastTestDate: IsoDate | null;
      dueDate: IsoDate;
      windowEnd: IsoDate;
      reasons: Reason[];
    }
  | { kind: 'overdue'; what: 'ALT' | 'FBC'; alert: MonitoringOverdueAlert; reasons: Reason[] };

const FBC_TESTS = new Set(['NEUT', 'PLAT', 'WBC', 'HGB', 'LYMPH']);

/**
 * @example liverMonitoringStatus({ treatmentStart: '2026-01-01', asOf: '2026-01-02', labs: [] })
 *   .alerts[0].rhythm // 'baseline'
 */
export function liverMonitoringStatus(input: LiverMonitoringInput): {
  alt: MonitoringStatus;
  fbc: MonitoringStatus;
  alerts: MonitoringOverdueAlert[];
} {
  const p = { ...DEFAULT_LIVER_MONITORING, ...input.params };
  for (const [path, d] of [
    ['treatmentStart', input.treatmentStart],
    ['asOf', input.asOf],
    ['lastDoseDate', input.lastDoseDate ?? '2000-01-01'],
  ] as const) {
    if (!isIsoDate(d)) throw invalid(path, 'iso-date', `not a date: ${d}`);
  }
  input.labs.forEach((l, i) => {
    if (!isIsoDate(l.date)) throw invalid(`labs.${i}.date`, 'iso-date', `not a date: ${l.date}`);
  });
  const known = input.labs.filter((l) => compareDates(l.date, input.asOf) <= 0);
  const altLabs = known.filter((l) => l.test === 'ALT');
  const alt = statusFor(
    'ALT',
    altLabs.map((l) => l.date),
    weeklyReason(altLabs),
    input,
    p,
  );
  const fbc = statusFor(
    'FBC',
    known.filter((l) => FBC_TESTS.has(l.test)).map((l) => l.date),
    null,
    input,
    p,
  );
  const alerts = [alt, fbc].flatMap((s) => (s.kind === 'overdue' ? [s.alert] : []));
  return { alt, fbc, alerts };
}

/** Why ALT is on the weekly rhythm, or null when it is not. */
function weeklyReason(altLabs: readonly DatedLabResult[]): Reason | null {
  const scored = altLabs
    .map((r) => ({ r, x: timesUln(r) }))
    .filter((s) => s.x !== null)
    .sort((a, b) => compareDates(a.r.date, b.r.date));
  const latest = scored[scored.length - 1];
  if (!latest || latest.x === null) return null;
  if (gt(latest.x, ratio(2))) return safetyReason('safety.weekly-above-2', { date: latest.r.date });
  let lastOver3: string | null = null;
  for (const s of scored) {
    if (s.x === null) continue;
    if (gt(s.x, ratio(3))) lastOver3 = s.r.date;
    else if (lastOver3 && !gt(s.x, ratio(1))) lastOver3 = null;
  }
  return lastOver3 ? safetyReason('safety.weekly-until-normal', { date: lastOver3 }) : null;
}

function statusFor(
  what: 'ALT' | 'FBC',
  datesIn: readonly IsoDate[],
  weekly: Reason | null,
  input: LiverMonitoringInput,
  p: LiverMonitoringParams,
): MonitoringStatus {
  const { treatmentStart: start, asOf } = input;
  const dates = [...new Set(datesIn)].sort(compareDates);
  const last = dates[dates.length - 1] ?? null;
  if (compareDates(asOf, start) < 0 && !weekly) {
    return {
      kind: 'not-started',
      what,
      reasons: [safetyReason('safety.monitoring-not-started', { asOf, start })],
    };
  }
  let rhythm: Rhythm;
  let due: IsoDate;
  let windowEnd: IsoDate;
  const reasons: Reason[] = [];
  if (weekly && last) {
    rhythm = 'weekly';
    due = addDays(last, p.weeklyIntervalDays);
    windowEnd = addDays(due, p.windowDays);
    reasons.push(weekly);
  } else {
    const screeningStart = addDays(start, -p.screeningDays);
    if (!last || compareDates(last, screeningStart) < 0) {
      rhythm = 'baseline';
      due = start;
      windowEnd = start;
      reasons.push(safetyReason('safety.baseline-due', { what, from: screeningStart, to: start }));
    } else {
      const n = nextCycle(start, last, p);
      due = addDays(start, p.cycleLengthDays * (n - 1));
      windowEnd = addDays(due, p.windowDays);
      rhythm = n <= p.monthlyCycles ? 'every-cycle' : 'every-2-cycles';
      reasons.push(
        safetyReason('safety.next-due', { what, last, cycle: n, due, window: p.windowDays }),
      );
      if (input.lastDoseDate && compareDates(due, input.lastDoseDate) > 0) {
        return {
          kind: 'not-required',
          what,
          lastTestDate: last,
          reasons: [
            ...reasons,
            safetyReason('safety.not-required', { date: input.lastDoseDate, what }),
          ],
        };
      }
    }
  }
  if (compareDates(asOf, windowEnd) <= 0) {
    return {
      kind: 'up-to-date',
      what,
      rhythm,
      lastTestDate: last,
      dueDate: due,
      windowEnd,
      reasons,
    };
  }
  const daysOverdue = daysBetween(windowEnd, asOf);
  reasons.push(safetyReason('safety.overdue', { what, windowEnd, days: daysOverdue, asOf }));
  return {
    kind: 'overdue',
    what,
    reasons,
    alert: {
      kind: 'monitoring-overdue',
      key: `monitoring-overdue:${what}:${due}`,
      severity: rhythm === 'weekly' ? 'critical' : 'warning',
      rule: LIVER_RULES.monitoring,
      reasons,
      what,
      rhythm,
      lastTestDate: last,
      dueDate: due,
      windowEnd,
      daysOverdue,
    },
  };
}

/** The first required cycle (≥ 2) whose window opens after `last`. */
function nextCycle(start: IsoDate, last: IsoDate, p: LiverMonitoringParams): number {
  let n = 2;
  for (;;) {
    const opens = addDays(start, p.cycleLengthDays * (n - 1) - p.windowDays);
    if (compareDates(opens, last) > 0) return n;
    n = n < p.monthlyCycles ? n + 1 : n + p.laterEveryCycles;
  }
}
