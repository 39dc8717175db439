import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../stats/kaplan-meier.ts';
import { simulateTrial } from './simulate-trial.ts';
import { simulatedEndpoints } from './simulated-endpoints.ts';
import { DEFAULT_SIMULATION } from './simulation-parameters.ts';

describe('trial simulator', () => {
  it('is deterministic: same seed, same study; another seed, another study', () => {
    const a = simulateTrial(DEFAULT_SIMULATION);
    const b = simulateTrial(DEFAULT_SIMULATION);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = simulateTrial({ ...DEFAULT_SIMULATION, seed: DEFAULT_SIMULATION.seed + 1 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("produces what the demo needs: screen failures, enrolments, a Hy's law picture, prohibited drugs", () => {
    const { patients } = simulateTrial({ ...DEFAULT_SIMULATION, screened: 60 });
    expect(patients.filter((p) => p.screenFailure).length).toBeGreaterThan(3);
    expect(patients.filter((p) => p.enrolmentDate).length).toBeGreaterThan(30);
    const hy = patients
      .flatMap((p) => p.labs)
      .filter((l) => l.test === 'BILI' && l.value >= 2 * l.uln);
    expect(hy.length).toBe(1);
    expect(patients.some((p) => p.conMeds.length > 1)).toBe(true);
    for (const p of patients) {
      for (const a of p.tumourAssessments) expect(a.date <= DEFAULT_SIMULATION.asOf).toBe(true);
      if (p.death && p.enrolmentDate) expect(p.death.date > p.enrolmentDate).toBe(true);
    }
  });

  it('realises the chosen ORR and median PFS in a large cohort (within statistical tolerance)', () => {
    const p = {
      ...DEFAULT_SIMULATION,
      screened: 3000,
      screenFailureRate: 0,
      earlyStopRate: 0,
      accrualDays: 300,
      asOf: '2028-12-31',
      hysLawCase: false,
    };
    const { patients } = simulateTrial(p);
    const enrolled = patients.filter((x) => x.enrolmentDate);
    // the truth drawn by the simulator: exponential PFS with median 210 days
    const truthKm = kaplanMeier({
      time: enrolled.map((x) => x.truth.progressionDay),
      status: enrolled.map(() => 1),
    });
    expect(truthKm.median.estimate).toBeGreaterThan(195);
    expect(truthKm.median.estimate).toBeLessThan(225);
    // what the live study computes from the scans: RECIST, confirmed BOR, KM
    const r = simulatedEndpoints(patients, { design: { r1: 0, n1: 10, r: 3, n: 5000 } });
    const se = Math.sqrt((0.15 * 0.85) / r.orr.n);
    expect(Math.abs(r.orr.estimate! - 0.15)).toBeLessThan(4 * se);
    // progression is seen at the first scan after it happens (every 56 days): the observed
    // median lies between the true one and one scan interval later
    expect(r.pfs.median.estimate).toBeGreaterThanOrEqual(195);
    expect(r.pfs.median.estimate).toBeLessThanOrEqual(210 + 56 + 14);
  });
});
