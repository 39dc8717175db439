import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(input: unknown) {
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', 'bor'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('oncotrial calc bor', () => {
  it('batch: an array of subjects gives an array of confirmed and unconfirmed BOR; an unknown code exits 2', () => {
    const r = run([
      {
        subjectId: 'A',
        referenceDate: '2026-01-01',
        responses: [
          { date: '2026-02-26', response: 'PR' },
          { date: '2026-03-26', response: 'NE' },
          { date: '2026-04-23', response: 'PR' },
        ],
      },
      { subjectId: 'B', referenceDate: '2026-01-01', rules: { sdMinDays: 28 }, responses: [] },
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out[0]).toMatchObject({
      subjectId: 'A',
      confirmed: { response: 'PR', date: '2026-02-26' },
      unconfirmed: { response: 'PR', date: '2026-02-26' },
      progressionDate: null,
    });
    expect(out[1]).toMatchObject({
      rules: { confirmationDays: 28, sdMinDays: 28, continuingPartialResponse: false },
      confirmed: { response: 'MISSING', date: null },
    });

    const e = run({
      referenceDate: '2026-01-01',
      responses: [{ date: '2026-02-26', response: 'iCR' }],
    });
    expect(e.code).toBe(2);
    expect(e.stdout).toBe('');
    expect(e.stderr).toMatch(/responses\.0\.response: .*\[invalid_value\]/);
  });
});
