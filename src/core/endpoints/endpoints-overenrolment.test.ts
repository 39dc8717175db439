import { describe, expect, it } from 'vitest';
import { analyseEndpoints } from './endpoints-analysis.ts';

describe('endpoints with more response-evaluable subjects than the design enrols', () => {
  it('decides on the first n and says so, instead of failing', () => {
    const subjects = Array.from({ length: 12 }, (_, i) => ({
      id: `S${String(i).padStart(2, '0')}`,
      enrolmentDate: '2026-01-01',
      treatmentStartDate: '2026-01-01',
      treatmentEndDate: null,
      measurableDiseaseAtBaseline: true,
      baselineAssessmentDate: '2025-12-20',
      assessments: [
        { date: '2026-02-26', response: 'SD' as const },
        { date: '2026-04-23', response: 'SD' as const },
      ],
      deathDate: null,
      lastKnownAliveDate: '2026-04-23',
      newAnticancerTherapyDate: null,
    }));
    const r = analyseEndpoints({ subjects, design: { r1: 0, n1: 5, r: 1, n: 10 } });
    expect(r.orr.n).toBe(12);
    expect(r.design.decision.reasons.map((x) => x.text).join(' ')).toMatch(
      /2 response-evaluable subject\(s\) beyond the design's 10/,
    );
  });
});
