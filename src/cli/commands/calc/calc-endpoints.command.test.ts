import { describe, expect, it } from 'vitest';
import { runCalc } from './calc-stats.helpers.ts';

const subject = (id: string, o: Record<string, unknown>) => ({
  id,
  enrolmentDate: '2026-01-01',
  treatmentStartDate: '2026-01-01',
  measurableDiseaseAtBaseline: true,
  baselineAssessmentDate: '2025-12-20',
  assessments: [],
  ...o,
});

describe('oncotrial calc endpoints', () => {
  it('subject records in; ORR, DCR, PFS, OS, design and per-subject reasons out; bad date exits 2', () => {
    const r = runCalc('endpoints', {
      subjects: [
        subject('A', {
          assessments: [
            { date: '2026-02-26', response: 'PR' },
            { date: '2026-04-23', response: 'PR' },
            { date: '2026-06-18', response: 'PD' },
          ],
        }),
        subject('B', {
          assessments: [{ date: '2026-02-26', response: 'SD' }],
          lastKnownAliveDate: '2026-05-01',
        }),
      ],
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'conventions',
      'orr',
      'dcr',
      'pfs',
      'os',
      'dor',
      'design',
      'subjects',
    ]);
    expect(out.orr).toMatchObject({ x: 1, n: 2, estimate: 0.5 });
    expect(out.subjects[0]).toMatchObject({
      id: 'A',
      bor: 'PR',
      pfs: { days: 169, event: true, reason: 'progression' },
      os: { event: false, reason: 'alive-at-last-contact' },
    });
    expect(out.subjects[1].pfs).toMatchObject({ days: 57, event: false, reason: 'no-event' });
    expect(out.pfs.landmarks[0].time).toBe(252);
    expect(out.design.decision.kind).toBe('stage-2-enrolling');

    const bad = runCalc('endpoints', { subjects: [subject('A', { deathDate: '2025-01-01' })] });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/subjects\.0\.deathDate: .*\[not-before-enrolment\]/);
  });
});
