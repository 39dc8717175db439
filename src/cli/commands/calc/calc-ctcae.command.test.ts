import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(input: unknown) {
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', 'ctcae'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('oncotrial calc ctcae', () => {
  it('grades with the issue 6 JSON shape; grade null with a reason when not gradable', () => {
    const r = run({
      version: '5.0',
      results: [
        { test: 'ALT', value: 120, unit: 'U/L', uln: 40 },
        { test: 'ALT', value: 120, unit: 'U/L', uln: 39, baseline: 40 },
        { test: 'PLAT', value: 74000, unit: '/mm^3', lln: 150000 },
        { test: 'BILI', value: 2, unit: 'mg/dL' },
      ],
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: Array<Record<string, unknown>> };
    expect(out.results.map((x) => Object.keys(x))).toEqual(
      Array(4).fill(['test', 'term', 'grade', 'reason']),
    );
    expect(out.results.map((x) => x.grade)).toEqual([1, 1, 2, null]);
    expect(out.results[3]?.reason).toMatch(/ULN missing/);
    expect(out.results[0]?.term).toBe('Alanine aminotransferase increased');
  });

  it('exits 2 naming the path of an unknown unit, nothing on stdout', () => {
    const r = run({
      version: '5.0',
      results: [
        { test: 'ALT', value: 50, unit: 'U/L', uln: 40 },
        { test: 'CREAT', value: 1.2, unit: 'mg/L', uln: 1.1 },
      ],
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('results.1.unit');
    expect(r.stderr).toContain('"mg/L"');
  });
});
