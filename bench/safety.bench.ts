/**
 * Throughput of the safety core: CTCAE grading (exact rational maths) and medication screening.
 * Run: node --import tsx bench/safety.bench.ts → prints figures, writes bench-results/safety.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gradeLabResult, type LabResultInput } from '../src/core/safety/ctcae-lab-grading.ts';
import { screenMedication } from '../src/core/safety/prohibited-medication-matcher.ts';

const labs: LabResultInput[] = [];
for (let i = 0; i < 100_000; i++) {
  const k = i % 4;
  if (k === 0)
    labs.push({
      test: 'ALT',
      value: 10 + (i % 900) / 3,
      unit: 'U/L',
      uln: 40,
      baseline: 30 + (i % 30),
    });
  else if (k === 1)
    labs.push({ test: 'BILI', value: 0.3 + (i % 100) / 10, unit: 'mg/dL', uln: 1.2 });
  else if (k === 2) labs.push({ test: 'NEUT', value: 100 + (i % 4000), unit: '/mm^3', lln: 1800 });
  else labs.push({ test: 'HGB', value: 6 + (i % 100) / 10, unit: 'g/dL', lln: 12 });
}
const names = [
  'Dilantin 100mg',
  'paracetamol 500 mg',
  '苯妥英钠片',
  'rifaximin',
  'Sandostatin LAR',
  '六味地黄丸',
  'methylprednisolone',
  'rifampicine',
  'imatinib',
  'omeprazole 20mg',
];
const meds = Array.from({ length: 10_000 }, (_, i) => names[i % names.length] as string);

function time(label: string, n: number, f: () => void) {
  f(); // warm-up
  const t0 = performance.now();
  f();
  const ms = performance.now() - t0;
  const perSec = Math.round((n / ms) * 1000);
  console.log(`${label}: ${n} in ${ms.toFixed(1)} ms (${perSec.toLocaleString('en')}/s)`);
  return { n, ms: Number(ms.toFixed(1)), perSecond: perSec };
}

const results = {
  ctcaeGrading: time('CTCAE grading', labs.length, () => {
    for (const l of labs) gradeLabResult(l);
  }),
  medicationScreening: time('medication screening', meds.length, () => {
    for (const m of meds) screenMedication({ name: m });
  }),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/safety.json', `${JSON.stringify(results, null, 2)}\n`);
