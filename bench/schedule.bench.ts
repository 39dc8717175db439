/**
 * Visit-schedule benchmark: recompute the schedule of many synthetic subjects (seeded, so every
 * run measures the same work) — on treatment, stopped early with imaging and an ALT episode, or
 * progressed — as the API does on every read, and once per subject for a site-wide "what is
 * due" list. Prints subjects per second and writes bench-results/schedule.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { defaultStudy } from '../src/core/protocol/study-definition.ts';
import { planVisitSchedule } from '../src/core/schedule/visit-schedule.ts';
import { addDays } from '../src/core/shared/calendar-date.ts';
import {
  type SubjectEvents,
  subjectEventsSchema,
} from '../src/core/subjects/subject-events.schema.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Subject {
  day1: string;
  asOf: string;
  events: SubjectEvents;
}

function generate(count: number, seed = 7): Subject[] {
  const rnd = mulberry32(seed);
  const out: Subject[] = [];
  for (let i = 0; i < count; i++) {
    const day1 = addDays('2024-01-01', Math.floor(rnd() * 700));
    const asOf = addDays(day1, Math.floor(rnd() * 300));
    const visitsDone: Array<{ kind: 'cycle-day-1' | 'tumour-evaluation'; date: string }> = [];
    for (let n = 0; n < 9; n++) {
      if (rnd() < 0.9)
        visitsDone.push({
          kind: 'cycle-day-1',
          date: addDays(day1, 28 * n + Math.floor(rnd() * 7) - 3),
        });
      if (n % 2 === 0 && n > 0)
        visitsDone.push({ kind: 'tumour-evaluation', date: addDays(day1, 28 * n) });
    }
    const shape = rnd();
    const lastDose = addDays(day1, 30 + Math.floor(rnd() * 150));
    const events = subjectEventsSchema.parse({
      consentDate: addDays(day1, -20),
      visitsDone: [{ kind: 'screening', date: addDays(day1, -10) }, ...visitsDone],
      altResults: [
        { date: addDays(day1, 28), value: 30 + Math.floor(rnd() * 120), uln: 40 },
        { date: addDays(day1, 36), value: 30 + Math.floor(rnd() * 60), uln: 40 },
      ],
      ...(shape < 0.4
        ? {}
        : shape < 0.8
          ? { treatmentEnd: { lastDoseDate: lastDose, reason: 'toxicity' } }
          : {
              treatmentEnd: { lastDoseDate: lastDose, reason: 'progression' },
              progressionDate: lastDose,
            }),
    });
    out.push({ day1, asOf, events });
  }
  return out;
}

const study = defaultStudy();
const results: Record<string, unknown> = {};
function measure(label: string, subjects: Subject[]) {
  let visits = 0;
  const t0 = performance.now();
  for (const s of subjects)
    visits += planVisitSchedule(study, s.day1, s.asOf, s.events).visits.length;
  const ms = performance.now() - t0;
  const perSec = Math.round((subjects.length / ms) * 1000);
  console.log(
    `${label}: ${subjects.length} subjects (${visits} visits) in ${ms.toFixed(1)} ms — ${perSec.toLocaleString('en')} subjects/s, ${((ms / subjects.length) * 1000).toFixed(1)} µs each`,
  );
  results[label] = {
    subjects: subjects.length,
    visits,
    ms: Number(ms.toFixed(1)),
    subjectsPerSecond: perSec,
  };
}

const warm = generate(500, 1);
measure('warm-up', warm);
measure('schedule-10k', generate(10_000));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/schedule.json', `${JSON.stringify(results, null, 2)}\n`);
