/**
 * Laboratory results for a simulated patient: mostly within range, with the liver episodes the
 * leflunomide label warns of (ALT 2–3.5 × ULN) and, for one patient, a potential Hy's law
 * picture (ALT ≥ 3 × ULN with bilirubin ≥ 2 × ULN on the same day, ALP normal).
 */
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Random } from '../shared/seeded-random.ts';
import type { SimulatedLab } from './simulated-patient.ts';

/** Reference ranges of the simulated central laboratory (SI units, as Chinese labs report). */
export const LAB_RANGES: Record<
  string,
  { unit: string; lln: number; uln: number; mean: number; sd: number }
> = {
  ALT: { unit: 'U/L', lln: 7, uln: 40, mean: 22, sd: 6 },
  AST: { unit: 'U/L', lln: 13, uln: 35, mean: 21, sd: 5 },
  ALP: { unit: 'U/L', lln: 35, uln: 100, mean: 70, sd: 12 },
  BILI: { unit: 'umol/L', lln: 0, uln: 21, mean: 11, sd: 3 },
  CREAT: { unit: 'umol/L', lln: 41, uln: 81, mean: 62, sd: 9 },
  NEUT: { unit: '10^9/L', lln: 1.8, uln: 6.3, mean: 3.6, sd: 0.8 },
  PLAT: { unit: '10^9/L', lln: 125, uln: 350, mean: 220, sd: 40 },
  WBC: { unit: '10^9/L', lln: 3.5, uln: 9.5, mean: 6.0, sd: 1.2 },
  LYMPH: { unit: '10^9/L', lln: 1.1, uln: 3.2, mean: 1.8, sd: 0.4 },
  HGB: { unit: 'g/L', lln: 115, uln: 150, mean: 132, sd: 9 },
};

export type LiverPicture = 'normal' | 'alt-episode' | 'alt-above-2x' | 'hys-law' | 'recovering';

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function labPanel(rng: Random, date: IsoDate, liver: LiverPicture): SimulatedLab[] {
  return Object.entries(LAB_RANGES).map(([test, r]) => {
    let value = Math.max(r.lln * 0.9, rng.normal(r.mean, r.sd));
    if (test === 'ALT') {
      if (liver === 'alt-episode') value = r.uln * (rng.int(210, 295) / 100);
      if (liver === 'alt-above-2x') value = r.uln * (rng.int(215, 260) / 100);
      if (liver === 'hys-law') value = r.uln * 4.6;
      if (liver === 'recovering') value = r.uln * 1.3;
    }
    if (test === 'AST' && liver === 'hys-law') value = r.uln * 3.9;
    if (test === 'BILI' && liver === 'hys-law') value = r.uln * 2.4;
    const digits = ['NEUT', 'WBC', 'LYMPH'].includes(test) ? 2 : test === 'BILI' ? 1 : 0;
    return { date, test, value: round(value, digits), unit: r.unit, lln: r.lln, uln: r.uln };
  });
}
