/**
 * Synthetic RECIST subjects for the benchmark: seeded (mulberry32), so every run measures the
 * same work. Each subject has a baseline and follow-ups every 56 days with 5 lesions (3
 * non-nodal targets, 1 nodal target, 1 non-target); tumours drift with a per-subject trend,
 * and now and then a lesion is not assessed, too small, or a new lesion appears.
 */

import type { LesionRecord, RecistSubjectInput } from '../src/core/recist/recist-input.schema.ts';
import { addDays } from '../src/core/shared/calendar-date.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** `count` subjects with `assessments` assessments each (baseline included). */
export function generateSubjects(count: number, assessments = 8, seed = 42): RecistSubjectInput[] {
  const rnd = mulberry32(seed);
  const out: RecistSubjectInput[] = [];
  for (let n = 0; n < count; n++) {
    const enrol = addDays('2025-01-01', Math.floor(rnd() * 365));
    const sizes = [10 + rnd() * 60, 10 + rnd() * 40, 10 + rnd() * 30, 15 + rnd() * 25];
    const trend = -0.2 + rnd() * 0.32;
    const baseline: LesionRecord[] = [
      { id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: round1(sizes[0] ?? 0) },
      { id: 'T2', kind: 'target', organ: 'liver', nodal: false, diameterMm: round1(sizes[1] ?? 0) },
      { id: 'T3', kind: 'target', organ: 'lung', nodal: false, diameterMm: round1(sizes[2] ?? 0) },
      {
        id: 'L1',
        kind: 'target',
        organ: 'lymph node',
        nodal: true,
        diameterMm: round1(sizes[3] ?? 0),
      },
      { id: 'NT1', kind: 'non-target', organ: 'bone', nodal: false },
    ];
    const visits = [{ date: addDays(enrol, -5), lesions: baseline }];
    for (let v = 1; v < assessments; v++) {
      const factor = Math.max(0, 1 + trend * v + (rnd() - 0.5) * 0.1);
      const lesions: LesionRecord[] = ['T1', 'T2', 'T3', 'L1'].map((id, i) => {
        const r = rnd();
        if (r < 0.02) return { id, status: 'not-assessed' };
        const d = round1((sizes[i] ?? 0) * factor);
        if (id !== 'L1' && d < 3) return { id, status: d === 0 ? 'absent' : 'too-small' };
        return { id, diameterMm: d };
      });
      const r = rnd();
      lesions.push({ id: 'NT1', status: r < 0.01 ? 'unequivocal-progression' : 'present' });
      if (rnd() < 0.02)
        lesions.push({
          id: `N${v}`,
          kind: 'new',
          status: rnd() < 0.5 ? 'equivocal' : 'unequivocal',
        });
      visits.push({ date: addDays(enrol, 56 * v), lesions });
    }
    out.push({ subjectId: `S${n + 1}`, enrollmentDate: enrol, assessments: visits });
  }
  return out;
}
