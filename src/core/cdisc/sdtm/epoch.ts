/**
 * SDTM `EPOCH` of an observation (SDTMIG 3.4 §4.1.3.1): the trial epoch (TA) its date falls in.
 * This single-arm study has SCREENING (before the first dose), TREATMENT (first through last
 * dose) and FOLLOW-UP (after the last dose). A partial or missing date has no epoch.
 */
import { completeDate } from './study-day.ts';

export const EPOCHS = ['SCREENING', 'TREATMENT', 'FOLLOW-UP'] as const;
export type Epoch = (typeof EPOCHS)[number];

export interface SubjectExposureDates {
  /** RFXSTDTC: first dose, null if never treated. */
  firstDose: string | null;
  /** RFXENDTC: last dose, null while on treatment. */
  lastDose: string | null;
}

/**
 * @example epochOf('2026-01-04', { firstDose: '2026-01-05', lastDose: null }) // 'SCREENING'
 * @example epochOf('2026-05-01', { firstDose: '2026-01-05', lastDose: '2026-04-30' }) // 'FOLLOW-UP'
 */
export function epochOf(dtc: string | null | undefined, dates: SubjectExposureDates): Epoch | null {
  const date = completeDate(dtc);
  if (date === null) return null;
  if (dates.firstDose === null || date < dates.firstDose) return 'SCREENING';
  if (dates.lastDose === null || date <= dates.lastDose) return 'TREATMENT';
  return 'FOLLOW-UP';
}
