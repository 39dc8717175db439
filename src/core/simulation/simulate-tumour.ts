/**
 * Tumour measurements for one simulated patient: a baseline with 2–4 measurable targets, then
 * scans every 8 weeks on treatment (every 6 weeks after stopping without progression). A
 * responder shrinks ≥ 38 % from the first scan (a RECIST PR with margin); others stay within
 * SD; at the first scan on or after the true progression day the sum grows ≥ 30 % over the nadir
 * and ≥ 10 mm (an unequivocal RECIST PD) or a new lesion appears.
 */
import type { Assessment, LesionRecord } from '../recist/recist-input.schema.ts';
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Random } from '../shared/seeded-random.ts';

const ORGANS = ['liver', 'liver', 'pancreas', 'lymph node', 'lung'] as const;

export interface BaselineLesion {
  id: string;
  organ: string;
  nodal: boolean;
  diameterMm: number;
  kind: 'target' | 'non-target';
}

export function baselineLesions(rng: Random, measurable: boolean): BaselineLesion[] {
  const lesions: BaselineLesion[] = [];
  const targets = measurable ? rng.int(2, 4) : 0;
  const perOrgan = new Map<string, number>();
  for (let i = 0; lesions.length < targets && i < 20; i++) {
    const organ = rng.pick(ORGANS);
    const key = organ === 'lymph node' ? 'nodes' : organ;
    if ((perOrgan.get(key) ?? 0) >= 2) continue; // RECIST 1.1: at most 2 targets per organ
    perOrgan.set(key, (perOrgan.get(key) ?? 0) + 1);
    const nodal = organ === 'lymph node';
    const d = nodal ? rng.int(160, 320) / 10 : rng.int(140, 620) / 10;
    lesions.push({ id: `T${lesions.length + 1}`, organ, nodal, diameterMm: d, kind: 'target' });
  }
  // every patient has some non-target disease; without measurable disease only small lesions
  lesions.push({
    id: 'NT1',
    organ: rng.pick(['liver', 'bone', 'pancreas']),
    nodal: false,
    diameterMm: rng.int(50, 95) / 10,
    kind: 'non-target',
  });
  return lesions;
}

export interface TumourCourse {
  responder: boolean;
  /** Study day of true progression. */
  progressionDay: number;
  rng: Random;
}

export interface ScanResult {
  assessment: Assessment;
  progression: boolean;
}

/** Factor applied to every target at the scan, before per-lesion noise. */
export function scanAt(
  course: TumourCourse,
  baseline: BaselineLesion[],
  date: IsoDate,
  studyDay: number,
  state: { factor: number; nadirFactor: number },
): ScanResult {
  const { rng } = course;
  const progression = studyDay >= course.progressionDay;
  if (progression) state.factor = Math.max(state.nadirFactor * 1.35, state.nadirFactor + 0.25);
  else if (course.responder) state.factor = Math.min(state.factor, rng.int(35, 60) / 100);
  else state.factor = Math.min(1.1, Math.max(0.8, state.factor * (rng.int(95, 106) / 100)));
  // stay clear of an accidental progression relative to the nadir before the true day
  if (!progression && state.factor > state.nadirFactor * 1.12)
    state.factor = state.nadirFactor * 1.1;
  state.nadirFactor = Math.min(state.nadirFactor, state.factor);
  const lesions: LesionRecord[] = baseline.map((l) => {
    if (l.kind === 'non-target')
      return {
        id: l.id,
        status: progression && rng.chance(0.3) ? 'unequivocal-progression' : 'present',
      };
    const noise = 1 + rng.int(-15, 15) / 1000;
    return { id: l.id, diameterMm: Math.round(l.diameterMm * state.factor * noise * 10) / 10 };
  });
  if (progression && rng.chance(0.3))
    lesions.push({ id: 'N1', kind: 'new', organ: 'liver', status: 'unequivocal' });
  return { assessment: { date, lesions }, progression };
}

export function baselineAssessment(baseline: BaselineLesion[], date: IsoDate): Assessment {
  return {
    date,
    lesions: baseline.map((l) => ({
      id: l.id,
      kind: l.kind,
      organ: l.organ,
      nodal: l.nodal,
      ...(l.kind === 'target' ? { diameterMm: l.diameterMm } : { status: 'present' as const }),
    })),
  };
}
