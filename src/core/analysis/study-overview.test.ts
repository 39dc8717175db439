import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { simulateTrial } from '../simulation/simulate-trial.ts';
import { simulatedEndpoints } from '../simulation/simulated-endpoints.ts';
import { overviewSubjectsFromSimulation } from '../simulation/simulated-overview-subjects.ts';
import { DEFAULT_SIMULATION } from '../simulation/simulation-parameters.ts';
import { type OverviewSubject, studyOverview } from './study-overview.ts';

const study = defaultStudy();

const subject = (over: Partial<OverviewSubject>): OverviewSubject => ({
  id: 'S1',
  label: 'BJ01-001',
  siteId: 'site-a',
  screeningDate: '2026-01-02',
  enrolmentDate: '2026-01-20',
  screenFailureReason: null,
  tumourAssessments: [],
  treatmentEnd: null,
  deathDate: null,
  lastKnownAliveDate: null,
  newAnticancerTherapyDate: null,
  labs: [],
  adverseEvents: [],
  ...over,
});

describe('study overview', () => {
  it('scores a confirmed PR from lesion measurements and places it on the waterfall and swimmer', () => {
    const pr = subject({
      tumourAssessments: [
        {
          date: '2026-01-10',
          lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 }],
        },
        { date: '2026-03-16', lesions: [{ id: 'T1', diameterMm: 23.1 }] },
        { date: '2026-05-11', lesions: [{ id: 'T1', diameterMm: 20 }] },
      ],
    });
    const failed = subject({
      id: 'S2',
      label: 'S-2',
      enrolmentDate: null,
      screenFailureReason: 'no-pathogenic-men1-variant',
    });
    const o = studyOverview(study, [pr, failed], '2026-06-01');
    expect(o.tumour).toHaveLength(1);
    expect(o.tumour[0]).toMatchObject({
      bor: 'PR',
      responseDay: 56,
      bestPctChange: expect.closeTo(-39.4, 1),
      ongoing: true,
      treatmentDays: null,
    });
    expect(o.tumour[0]!.timepoints.map((t) => t.overall)).toEqual(['PR', 'PR']);
    expect(o.endpoints?.orr).toMatchObject({ x: 1, n: 1 });
    expect(o.consort).toMatchObject({
      screened: 2,
      enrolled: 1,
      onTreatment: 1,
      screenFailures: [{ reason: 'no-pathogenic-men1-variant', count: 1 }],
    });
  });

  it('ignores data after the cut-off date', () => {
    const s = subject({
      tumourAssessments: [
        {
          date: '2026-01-10',
          lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 40 }],
        },
        { date: '2026-03-16', lesions: [{ id: 'T1', diameterMm: 60 }] },
      ],
      treatmentEnd: { date: '2026-03-18', reason: 'progression' },
      deathDate: '2026-05-01',
    });
    const early = studyOverview(study, [s], '2026-03-01');
    expect(early.tumour[0]).toMatchObject({
      bor: 'MISSING',
      ongoing: true,
      progressionDay: null,
      deathDay: null,
    });
    const late = studyOverview(study, [s], '2026-06-01');
    expect(late.tumour[0]).toMatchObject({
      bor: 'PD',
      progressionDay: 56,
      deathDay: 102,
      treatmentDays: 58,
    });
    expect(late.consort.discontinued).toEqual([{ reason: 'progression', count: 1 }]);
  });

  it('censors OS at the last date known alive on or before the cut-off, not at enrolment, when later visits exist', () => {
    // seen alive on 03-01 and 06-01; as of 04-01 the subject was last known alive on 03-01
    // (CLINICAL-RULES.md: OS censored at the last date known alive), as ADTTE has it
    const s = subject({
      lastKnownAliveDate: '2026-06-01',
      aliveDates: ['2026-03-01', '2026-06-01'],
    });
    const os = studyOverview(study, [s], '2026-04-01').endpoints?.subjects[0]?.os;
    expect(os).toMatchObject({ event: false, date: '2026-03-01', days: 41 });
    // without the dates only the single latest one is known: it lies after the cut-off
    const bare = subject({ lastKnownAliveDate: '2026-06-01' });
    expect(studyOverview(study, [bare], '2026-04-01').endpoints?.subjects[0]?.os.date).toBe(
      '2026-01-20',
    );
  });

  it('counts AEs by worst grade per subject and term, and takes eDISH peaks as multiples of ULN', () => {
    const s = subject({
      adverseEvents: [
        { term: 'Diarrhea', grade: 1 },
        { term: 'Diarrhea', grade: 2 },
      ],
      labs: [
        { date: '2026-02-01', test: 'ALT', value: 160, uln: 40 },
        { date: '2026-02-01', test: 'BILI', value: 42, uln: 21 },
        { date: '2026-03-01', test: 'ALT', value: 50, uln: 40 },
      ],
    });
    const o = studyOverview(study, [s], '2026-06-01');
    expect(o.safety.aeByGrade).toEqual([{ term: 'Diarrhea', grades: [0, 1, 0, 0, 0] }]);
    expect(o.safety.edish).toEqual([
      { subjectId: 'S1', label: 'BJ01-001', peakAltXUln: 4, peakBiliXUln: 2 },
    ]);
  });

  it('agrees with the endpoint derivation on a simulated study, and its CONSORT flow adds up', () => {
    const { patients } = simulateTrial({ ...DEFAULT_SIMULATION, screened: 40 });
    const o = studyOverview(
      study,
      overviewSubjectsFromSimulation(patients),
      DEFAULT_SIMULATION.asOf,
    );
    const direct = simulatedEndpoints(patients, { dataCutoffDate: DEFAULT_SIMULATION.asOf });
    expect(o.endpoints?.orr).toEqual(direct.orr);
    expect(o.endpoints?.pfs.median).toEqual(direct.pfs.median);
    const c = o.consort;
    expect(c.screened).toBe(patients.length);
    expect(c.enrolled + c.screenFailures.reduce((a, b) => a + b.count, 0)).toBe(c.screened);
    expect(c.onTreatment + c.discontinued.reduce((a, b) => a + b.count, 0)).toBe(c.enrolled);
    expect(o.enrolmentBySite.reduce((a, b) => a + b.dates.length, 0)).toBe(c.enrolled);
  });
});
