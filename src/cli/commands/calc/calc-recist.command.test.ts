import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(args: string[], input?: unknown) {
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', ...args], {
    input: input === undefined ? '' : JSON.stringify(input),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const subject = (id: string, followUpMm: number) => ({
  subjectId: id,
  enrollmentDate: '2026-01-10',
  assessments: [
    {
      date: '2026-01-05',
      lesions: [
        { id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 },
        { id: 'NT1', kind: 'non-target', organ: 'bone', nodal: false },
      ],
    },
    {
      date: '2026-03-06',
      lesions: [
        { id: 'T1', diameterMm: followUpMm },
        { id: 'NT1', status: 'present' },
      ],
    },
    {
      date: '2026-05-01',
      lesions: [
        { id: 'T1', diameterMm: followUpMm },
        { id: 'NT1', status: 'present' },
      ],
    },
  ],
});

describe('oncotrial calc recist', () => {
  it('scores one subject from stdin with the issue 3 output shape', () => {
    const r = run(['recist'], subject('S1', 23.1));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'subjectId',
      'rules',
      'baseline',
      'timepoints',
      'bestOverallResponse',
      'bestPctChange',
      'progressionDate',
      'flags',
    ]);
    expect(out.baseline).toMatchObject({ date: '2026-01-05', sumMm: 33, problems: [] });
    expect(out.timepoints[0]).toMatchObject({
      sumMm: 23.1,
      nadirMm: 33,
      changeFromBaselinePct: -30,
      target: 'PR',
      nonTarget: 'NON-CR/NON-PD',
      newLesion: 'NO',
      overall: 'PR',
    });
    expect(out.bestOverallResponse.confirmed).toEqual({ response: 'PR', date: '2026-03-06' });
  });

  it('takes an array of subjects from --in and returns an array; a bad item names its index, path and rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recist-'));
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, JSON.stringify([subject('S1', 23.1), subject('S2', 30)]));
    const r = run(['recist', '--in', ok]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{
      subjectId: string;
      bestOverallResponse: { confirmed: { response: string } };
    }>;
    expect(out.map((o) => [o.subjectId, o.bestOverallResponse.confirmed.response])).toEqual([
      ['S1', 'PR'],
      ['S2', 'SD'],
    ]);

    const bad = subject('S2', 30);
    const visit = bad.assessments[1];
    if (visit) visit.lesions[0] = { id: 'T9', diameterMm: 30 };
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify([subject('S1', 23.1), bad]));
    const e = run(['recist', '--in', badFile]);
    expect(e.code).toBe(2);
    expect(e.stdout).toBe('');
    expect(e.stderr).toMatch(/1\.assessments\.1\.lesions\.0\.id: .*\[recist-unknown-lesion\]/);
  });

  it('a negative diameter is refused with its path, exit 2, nothing on stdout', () => {
    const bad = subject('S1', -1);
    const e = run(['recist'], bad);
    expect(e.code).toBe(2);
    expect(e.stdout).toBe('');
    expect(e.stderr).toMatch(/assessments\.1\.lesions\.0\.diameterMm: .*\[too_small\]/);
  });
});
