/**
 * Potential Hy's law (drug-induced liver injury signal; FDA DILI guidance 2009;
 * CLINICAL-RULES.md "Safety"): ALT or AST ≥ 3 × ULN together with total bilirubin ≥ 2 × ULN
 * within 14 days, and ALP < 2 × ULN (no cholestatic pattern that would explain the bilirubin).
 *
 * Choices, stated so they can be reviewed:
 * - "Within 14 days" is |bilirubin date − aminotransferase date| ≤ 14, in either order.
 * - Of several qualifying bilirubins the one closest in time is reported (then the higher).
 * - ALP: the ALP result closest in time to the aminotransferase sample within the same 14 days
 *   (on a tie the lower, which does not hide a signal). ALP ≥ 2 × ULN excludes the case.
 *   No ALP in the window does not exclude it: the alert is raised and says cholestasis was not
 *   ruled out, because missing data must not silence a liver-injury signal.
 * - Results without ULN cannot take part (nothing is inferred).
 * One alert per elevated aminotransferase result that has a qualifying bilirubin.
 */
import { daysBetween, isIsoDate } from '../shared/calendar-date.ts';
import { invalid } from '../shared/domain-error.ts';
import { compare, ge, lt, plainRatio, type Ratio, ratio } from './exact-ratio.ts';
import { type DatedLabResult, timesUln } from './lab-times-uln.ts';
import { LIVER_RULES, type LiverAlert } from './liver-alert.ts';
import { safetyReason } from './safety-reasons.ts';

export const HYS_LAW_WINDOW_DAYS = 14;

export type HysLawAlert = Extract<LiverAlert, { kind: 'potential-hys-law' }>;

interface Scored {
  r: DatedLabResult;
  x: Ratio;
}

/**
 * @example potentialHysLaw([
 *   { test: 'ALT', date: '2026-03-01', value: 150, unit: 'U/L', uln: 40 },
 *   { test: 'BILI', date: '2026-03-10', value: 45, unit: 'µmol/L', uln: 21 },
 *   { test: 'ALP', date: '2026-03-01', value: 100, unit: 'U/L', uln: 120 },
 * ]).length // 1
 */
export function potentialHysLaw(results: readonly DatedLabResult[]): HysLawAlert[] {
  const scored: Scored[] = [];
  results.forEach((r, i) => {
    if (!isIsoDate(r.date)) throw invalid(`results.${i}.date`, 'iso-date', `not a date: ${r.date}`);
    const x = timesUln(r);
    if (x !== null) scored.push({ r, x });
  });
  const three = ratio(3);
  const two = ratio(2);
  const transaminases = scored.filter(
    (s) => (s.r.test === 'ALT' || s.r.test === 'AST') && ge(s.x, three),
  );
  const bilis = scored.filter((s) => s.r.test === 'BILI' && ge(s.x, two));
  const alps = scored.filter((s) => s.r.test === 'ALP');
  const alerts: HysLawAlert[] = [];
  for (const t of transaminases) {
    const dist = (s: Scored) => Math.abs(daysBetween(t.r.date, s.r.date));
    const bili = closest(
      bilis.filter((b) => dist(b) <= HYS_LAW_WINDOW_DAYS),
      dist,
      (a, b) => compare(b.x, a.x),
    );
    if (!bili) continue;
    const alp = closest(
      alps.filter((a) => dist(a) <= HYS_LAW_WINDOW_DAYS),
      dist,
      (a, b) => compare(a.x, b.x),
    );
    if (alp && !lt(alp.x, two)) continue; // ALP ≥ 2 × ULN: cholestatic, not Hy's law
    const test = t.r.test as 'ALT' | 'AST';
    const shown = (s: Scored) => ({
      value: s.r.value,
      unit: s.r.unit,
      date: s.r.date,
      times: plainRatio(s.x),
    });
    const window = HYS_LAW_WINDOW_DAYS;
    const reasons = [
      safetyReason('safety.hys-aminotransferase', { test, ...shown(t) }),
      safetyReason('safety.hys-bilirubin', { ...shown(bili), days: dist(bili), window }),
      alp
        ? safetyReason('safety.hys-alp', shown(alp))
        : safetyReason('safety.hys-no-alp', { window }),
    ];
    alerts.push({
      kind: 'potential-hys-law',
      key: `hys-law:${test}:${t.r.date}`,
      severity: 'critical',
      rule: LIVER_RULES.hysLaw,
      reasons,
      aminotransferase: { test, date: t.r.date, timesUln: plainRatio(t.x) },
      bilirubin: { date: bili.r.date, timesUln: plainRatio(bili.x) },
      alp: alp ? { date: alp.r.date, timesUln: plainRatio(alp.x) } : null,
      daysApart: dist(bili),
    });
  }
  return alerts;
}

function closest(
  items: Scored[],
  dist: (s: Scored) => number,
  tie: (a: Scored, b: Scored) => number,
): Scored | null {
  const sorted = [...items].sort((a, b) => dist(a) - dist(b) || tie(a, b));
  return sorted[0] ?? null;
}
