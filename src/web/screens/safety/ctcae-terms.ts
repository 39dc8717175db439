/**
 * CTCAE v5.0 terms offered while typing an adverse event: the graded lab terms of this trial
 * (core/safety/lab-test-codes.ts) and the terms most reported with leflunomide and in
 * neuroendocrine tumour trials (leflunomide SmPC §4.8). Suggestions only: the server accepts
 * any CTCAE term as written.
 */
import { LAB_TESTS } from '../../../core/safety/lab-test-codes.ts';

const CLINICAL_TERMS = [
  'Abdominal pain',
  'Alopecia',
  'Anorexia',
  'Back pain',
  'Constipation',
  'Cough',
  'Diarrhea',
  'Dizziness',
  'Dyspepsia',
  'Dyspnea',
  'Fatigue',
  'Fever',
  'Headache',
  'Hepatic failure',
  'Hypertension',
  'Hypoglycemia',
  'Lung infection',
  'Mucositis oral',
  'Nausea',
  'Peripheral sensory neuropathy',
  'Pneumonitis',
  'Pruritus',
  'Rash maculo-papular',
  'Upper respiratory infection',
  'Vomiting',
  'Weight loss',
] as const;

export const CTCAE_TERM_SUGGESTIONS: readonly string[] = [
  ...new Set([...CLINICAL_TERMS, ...Object.values(LAB_TESTS).map((t) => t.term)]),
].sort((a, b) => a.localeCompare(b));

/** CTCAE v5.0 general grade descriptions (1 mild … 5 death related to AE). */
export const AE_GRADES = [1, 2, 3, 4, 5] as const;
