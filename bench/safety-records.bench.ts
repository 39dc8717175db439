/**
 * Cost of the safety records on SQLite: re-evaluating one subject's liver rules from stored labs
 * (what the lab-save hook adds to a save), grading one subject's stored labs on read, and the
 * alert dashboard over many subjects. Each subject has 36 weekly visits × 9 lab tests.
 * Run: node --import tsx bench/safety-records.bench.ts → prints figures, writes
 * bench-results/safety-records.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/core/shared/calendar-date.ts';
import { runCommand, SYSTEM_ACTOR } from '../src/store/audit/audited-write.ts';
import { labGradesOfSubject } from '../src/store/safety/lab-grade-repository.ts';
import { safetyDashboard } from '../src/store/safety/safety-dashboard.ts';
import { evaluateSafetyAfterLabs } from '../src/store/safety/safety-evaluation.ts';
import {
  type FixtureSubject,
  fixtureLabVisit,
  fixtureSubject,
} from '../src/store/safety/testing/safety-fixtures.ts';
import { createSite } from '../src/store/sites/site-repository.ts';
import { createTestStore } from '../src/store/testing/test-stores.ts';

const SUBJECTS = 40;
const VISITS = 36;
const store = await createTestStore('sqlite', { now: () => '2026-09-20T08:00:00.000Z' });
const site = await createSite(store, SYSTEM_ACTOR, {
  code: 'BJ01',
  name: 'Beijing',
  timezone: 'Asia/Shanghai',
});
const subjects: FixtureSubject[] = [];
const t0 = performance.now();
for (let s = 0; s < SUBJECTS; s++) {
  const subj = await fixtureSubject(store, site.id, '2026-01-05');
  subjects.push(subj);
  for (let v = 0; v < VISITS; v++) {
    const alt = String(30 + ((s * 7 + v * 13) % 150));
    await fixtureLabVisit(store, subj, addDays('2026-01-05', v * 7), [
      { code: 'ALT', value: alt, unit: 'U/L', low: '7', high: '40' },
      { code: 'AST', value: '30', unit: 'U/L', low: '13', high: '35' },
      { code: 'ALP', value: '80', unit: 'U/L', low: '35', high: '100' },
      { code: 'BILI', value: String(10 + ((s + v) % 40)), unit: 'umol/L', low: '0', high: '21' },
      { code: 'CREAT', value: '70', unit: 'umol/L', low: '41', high: '81' },
      { code: 'NEUT', value: '2.5', unit: '10*9/L', low: '1.8', high: '6.3' },
      { code: 'PLAT', value: '180', unit: '10*9/L', low: '125', high: '350' },
      { code: 'WBC', value: '4.5', unit: '10*9/L', low: '3.5', high: '9.5' },
      { code: 'HGB', value: '120', unit: 'g/L', low: '115', high: '150' },
    ]);
  }
}
const setupMs = performance.now() - t0;

async function time(label: string, n: number, f: (i: number) => Promise<unknown>) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await f(i);
  const ms = (performance.now() - start) / n;
  console.log(`${label}: ${ms.toFixed(2)} ms each (${n} runs)`);
  return ms;
}

const first = await time('evaluate liver rules, first time (raises alerts)', SUBJECTS, (i) =>
  runCommand(store, SYSTEM_ACTOR, (ctx) =>
    evaluateSafetyAfterLabs(ctx, (subjects[i] as FixtureSubject).id),
  ),
);
const again = await time('evaluate liver rules, again (nothing new)', SUBJECTS, (i) =>
  runCommand(store, SYSTEM_ACTOR, (ctx) =>
    evaluateSafetyAfterLabs(ctx, (subjects[i] as FixtureSubject).id),
  ),
);
const grades = await time(
  'lab grades + worst per cycle of one subject (324 results)',
  SUBJECTS,
  (i) => labGradesOfSubject(store, { subjectId: (subjects[i] as FixtureSubject).id, sites: 'all' }),
);
const board = await safetyDashboard(store, 'all', { status: 'open' });
const dashboard = await time(`alert dashboard (${board.alerts.length} open alerts)`, 20, () =>
  safetyDashboard(store, 'all', { status: 'open' }),
);
await store.destroy();
const out = {
  subjects: SUBJECTS,
  visitsPerSubject: VISITS,
  setupMs: Math.round(setupMs),
  evaluateFirstMs: first,
  evaluateAgainMs: again,
  labGradesMs: grades,
  openAlerts: board.alerts.length,
  dashboardMs: dashboard,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/safety-records.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out));
