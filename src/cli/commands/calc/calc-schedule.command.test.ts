import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(input: unknown, tz = 'UTC') {
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', 'schedule'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const subject = {
  enrollmentDate: '2024-02-29',
  asOf: '2024-05-01',
  events: {
    consentDate: '2024-02-01',
    visitsDone: [
      { kind: 'screening', date: '2024-02-05' },
      { kind: 'cycle-day-1', date: '2024-02-29' },
      { kind: 'cycle-day-1', date: '2024-03-29' },
    ],
    treatmentEnd: { lastDoseDate: '2024-04-10', reason: 'toxicity' },
  },
};

describe('oncotrial calc schedule', () => {
  it('prints the schedule, identical under TZ=UTC, Pacific/Kiritimati and America/Adak', () => {
    const utc = run(subject);
    expect(utc.code).toBe(0);
    const out = JSON.parse(utc.stdout);
    const c2 = out.visits.find((v: { key: string }) => v.key === 'cycle-day-1/2');
    expect(c2).toMatchObject({
      targetDate: '2024-03-28',
      window: { earliest: '2024-03-25', latest: '2024-03-31' },
      status: { kind: 'done', date: '2024-03-29', daysFromTarget: 1 },
    });
    expect(out.subjectStatus).toMatchObject({ kind: 'follow-up', lastDoseDate: '2024-04-10' });
    expect(
      out.visits.find((v: { key: string }) => v.key === 'end-of-treatment/1').status.kind,
    ).toBe('due');
    for (const tz of ['Pacific/Kiritimati', 'America/Adak'])
      expect(run(subject, tz).stdout).toBe(utc.stdout);
  });

  it('refuses an impossible date with the path and the rule, exit 2, nothing on stdout', () => {
    const r = run({ ...subject, events: { ...subject.events, deathDate: '2024-02-28' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('events.deathDate');
    expect(r.stderr).toContain('[death-before-enrolment]');
    const bad = run({ ...subject, asOf: '2024-02-30' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('asOf: must be a calendar date written YYYY-MM-DD');
  });
});
