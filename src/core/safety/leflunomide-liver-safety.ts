/**
 * All leflunomide liver alerts for one subject as of a date, in one call (for the alert store):
 * baseline ALT eligibility (latest ALT on or before the first dose), the action called for by
 * the latest on-treatment ALT, potential Hy's law pairs, and monitoring overdue.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { potentialHysLaw } from './hys-law.ts';
import type { DatedLabResult } from './lab-times-uln.ts';
import { altActionFor, baselineAltEligibility } from './leflunomide-alt-rules.ts';
import type { LiverAlert } from './liver-alert.ts';
import { type LiverMonitoringParams, liverMonitoringStatus } from './liver-monitoring-schedule.ts';

export interface LiverSafetyInput {
  treatmentStart: IsoDate;
  lastDoseDate?: IsoDate | null;
  asOf: IsoDate;
  labs: readonly DatedLabResult[];
  params?: Partial<LiverMonitoringParams>;
}

/**
 * @example leflunomideLiverAlerts({ treatmentStart: '2026-01-01', asOf: '2026-01-02', labs: [] })
 *   .map((a) => a.kind) // ['monitoring-overdue', 'monitoring-overdue']
 */
export function leflunomideLiverAlerts(input: LiverSafetyInput): LiverAlert[] {
  const known = input.labs.filter((l) => compareDates(l.date, input.asOf) <= 0);
  const alts = known.filter((l) => l.test === 'ALT').sort((a, b) => compareDates(a.date, b.date));
  const baseline =
    alts.filter((l) => compareDates(l.date, input.treatmentStart) <= 0).at(-1) ?? null;
  const onTreatment =
    alts.filter((l) => compareDates(l.date, input.treatmentStart) > 0).at(-1) ?? null;
  const alerts: LiverAlert[] = [];
  const eligibility = baselineAltEligibility(baseline);
  if (eligibility.kind === 'not-eligible') alerts.push(eligibility.alert);
  const action = onTreatment ? altActionFor(onTreatment) : null;
  if (action) alerts.push(action);
  alerts.push(...potentialHysLaw(known));
  alerts.push(...liverMonitoringStatus({ ...input, labs: known }).alerts);
  return alerts;
}
