/**
 * What the console shows after a demo load: how many subjects were screened and enrolled, how
 * long it took, optional steps that were skipped, and the demo accounts with their shared
 * password — marked DEMO ONLY, since a shared known password has no place in a real study.
 */
import type { DemoResult } from './load-demo.ts';

/**
 * @example process.stdout.write(demoSummary(result));
 */
export function demoSummary(r: DemoResult): string {
  const requests = [...r.requests.values()].reduce((n, s) => n + s.count, 0);
  const lines = [
    `Demo study loaded (seed ${r.seed}, data cut ${r.asOf}): ${r.screened} subjects screened, ` +
      `${r.outcomes.enrolled} enrolled, ${r.outcomes['screen-failed']} screen failures` +
      (r.outcomes.screening ? `, ${r.outcomes.screening} still in screening` : '') +
      (r.outcomes['design-closed']
        ? `, ${r.outcomes['design-closed']} not enrolled (phase II design closed enrolment)`
        : '') +
      ` — ${requests} API requests in ${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} s CPU)`,
  ];
  const saved = Object.entries(r.optionalSaved).map(([k, n]) => `${n} ${k}`);
  if (saved.length) lines.push(`  also recorded: ${saved.join(', ')}`);
  const skipped = Object.entries(r.optionalSkipped).map(([k, n]) => `${n} ${k}`);
  if (skipped.length) lines.push(`  skipped (route missing or refusing): ${skipped.join(', ')}`);
  lines.push('', demoAccountsTable(r));
  return `${lines.join('\n')}\n`;
}

/** The demo accounts, one per role, with the shared password. */
export function demoAccountsTable(r: Pick<DemoResult, 'accounts' | 'password'>): string {
  const w = Math.max(8, ...r.accounts.map((a) => a.username.length));
  const rows = r.accounts.map(
    (a) =>
      `  ${a.username.padEnd(w)}  ${a.scope}${a.created ? '' : '  (existed already: password unchanged)'}`,
  );
  return [
    '*** DEMO ONLY — demo accounts with a shared, published password; never use them for a real study ***',
    `  password for every account: ${r.password}`,
    `  ${'username'.padEnd(w)}  role held at`,
    ...rows,
  ].join('\n');
}
