/**
 * Does a concomitant medication's period overlap the treatment period? Pure date maths on
 * calendar dates (`calendar-date.ts`), inclusive at both ends (a drug stopped on the day of the
 * first dose overlaps).
 *
 * Partial dates (`YYYY`, `YYYY-MM`) are common in medication histories. A partial or open stop
 * date counts as ongoing until the last day it could denote (an open stop: still ongoing); a
 * partial start as the first day it could denote; a missing start as "any time before".
 * If the periods overlap under every reading of the partial dates the answer is `overlaps`; if
 * only under some, `possibly-overlaps` (a prohibited drug then still needs a query, not silence).
 * An open treatment end (null) means treatment is ongoing.
 */
import { compareDates, daysInMonth, type IsoDate, isIsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import type { Reason } from '../shared/reason.ts';
import { medicationReason, type OverlapEnds } from './medication-reasons.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface MedicationPeriodInput {
  medStart?: PartialDate | null;
  /** Stop date; null/absent = ongoing. */
  medStop?: PartialDate | null;
  treatmentStart: IsoDate;
  /** Last dose; null/absent = ongoing. */
  treatmentEnd?: IsoDate | null;
}

export type MedicationOverlap =
  | { kind: 'overlaps'; from: IsoDate; to: IsoDate | null; reasons: Reason[] }
  | { kind: 'possibly-overlaps'; reasons: Reason[] }
  | { kind: 'no-overlap'; reasons: Reason[] };

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First and last calendar day a partial date can denote. */
export function partialDateBounds(
  p: PartialDate,
  path = 'date',
): { earliest: IsoDate; latest: IsoDate } {
  const m = PARTIAL.exec(p);
  if (!m) throw invalid(path, 'partial-date', `not YYYY, YYYY-MM or YYYY-MM-DD: ${p}`);
  const y = Number(m[1]);
  if (m[3]) {
    if (!isIsoDate(p)) throw invalid(path, 'partial-date', `not a calendar date: ${p}`);
    return { earliest: p, latest: p };
  }
  if (m[2]) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) throw invalid(path, 'partial-date', `no month ${m[2]}: ${p}`);
    return { earliest: `${p}-01`, latest: `${p}-${String(daysInMonth(y, mo)).padStart(2, '0')}` };
  }
  return { earliest: `${p}-01-01`, latest: `${p}-12-31` };
}

const maxDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) >= 0 ? a : b);

/**
 * @example medicationOverlap({ medStart: '2025', medStop: '2026-01', treatmentStart: '2026-01-15' }).kind
 *   // 'possibly-overlaps' (stopped some time in January 2026)
 */
export function medicationOverlap(input: MedicationPeriodInput): MedicationOverlap {
  const { treatmentStart, treatmentEnd } = input;
  if (!isIsoDate(treatmentStart))
    throw invalid('treatmentStart', 'iso-date', `not a date: ${treatmentStart}`);
  if (treatmentEnd != null && !isIsoDate(treatmentEnd))
    throw invalid('treatmentEnd', 'iso-date', `not a date: ${treatmentEnd}`);
  const start = input.medStart ? partialDateBounds(input.medStart, 'medStart') : null;
  const stop = input.medStop ? partialDateBounds(input.medStop, 'medStop') : null;
  if (start && stop && compareDates(stop.latest, start.earliest) < 0) {
    throw invalid(
      'medStop',
      'stop-after-start',
      `stop ${input.medStop} is before start ${input.medStart}`,
    );
  }
  // which ends are known picks the reason's code (an unknown or open end is said in words)
  const which: OverlapEnds = `${input.medStart ? 'start' : 'no-start'}-${input.medStop ? 'stop' : 'ongoing'}-${treatmentEnd != null ? 'end' : 'on-treatment'}`;
  const periods = {
    medStart: input.medStart ?? '',
    medStop: input.medStop ?? '',
    treatmentStart,
    treatmentEnd: treatmentEnd ?? '',
  };
  // "a ≤ b" where null on the left is −∞ and null on the right is +∞
  const le = (a: IsoDate | null, b: IsoDate | null) =>
    a === null || b === null || compareDates(a, b) <= 0;

  // possible: earliest start ≤ treatment end and latest stop ≥ treatment start
  const possible =
    le(start?.earliest ?? null, treatmentEnd ?? null) && le(treatmentStart, stop?.latest ?? null);
  if (!possible)
    return {
      kind: 'no-overlap',
      reasons: [medicationReason(`medication.no-overlap-${which}`, periods)],
    };
  // certain: latest start ≤ treatment end and earliest stop ≥ treatment start (missing start = unknown)
  const certain =
    start !== null &&
    le(start.latest, treatmentEnd ?? null) &&
    le(treatmentStart, stop?.earliest ?? null);
  if (!certain) {
    return {
      kind: 'possibly-overlaps',
      reasons: [medicationReason(`medication.possibly-${which}`, periods)],
    };
  }
  const from = maxDate(start.earliest, treatmentStart);
  const ends = [stop?.latest, treatmentEnd ?? undefined].filter(
    (d): d is IsoDate => d !== undefined,
  );
  const to = ends.length === 0 ? null : ends.reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  return {
    kind: 'overlaps',
    from,
    to,
    reasons: [
      medicationReason(`medication.overlaps-${which}-${to ? 'until' : 'open'}`, {
        ...periods,
        from,
        to: to ?? '',
      }),
    ],
  };
}
