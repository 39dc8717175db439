/** English templates of the safety rules: adverse events, SAE reports, deviations, alerts, labs. */
export const SAFETY_RULES = {
  'resolution-after-onset': 'the resolution date is before the onset',
  'onset-after-death': 'the onset is after the death date',
  'grade5-requires-death-record': 'a grade 5 event needs the death recorded first',
  'grade5-end-equals-death-date': 'a grade 5 event ends on the death date',
  'grade5-outcome-fatal': 'a grade 5 event has the outcome fatal',
  'grade5-serious-death': 'a grade 5 event is serious with the criterion death',
  'fatal-outcome-requires-grade5': 'a fatal outcome is grade 5',
  'sae-report-needs-serious-ae': 'only a serious adverse event is reported as an SAE',
  'sae-needs-awareness':
    'a serious adverse event needs the time the site became aware of it (starts the 24 h reporting clock)',
  'sae-already-reported': 'this SAE is reported already',
  'after-awareness': 'the report cannot be before the site became aware',
  'alert-acknowledge-open-only': 'only an open alert can be acknowledged',
  'unknown-unit': 'unknown unit',
  'out-of-range': 'the value is out of range',
  'alt-only': 'only ALT results are graded here',
  ascending: 'cycles must be in increasing order of number and date',
  'stop-after-start': 'the stop date is before the start date',
  // queries the prohibited-medication check raises (safety-records/medication-consequences.ts)
  'medication-review':
    'Investigator review: "{name}" ({drug}) may be prohibited. Is it antitumour therapy or otherwise prohibited for this subject?',
  'prohibited-medication-dates':
    'Prohibited medication "{name}" ({drug}): its partial or missing dates may overlap treatment. Please complete the start and stop dates.',
  'prohibited-medication-before-day1':
    'Prohibited medication "{name}" ({drug}) is recorded as ongoing before day 1. Please confirm it is stopped before the first dose of leflunomide.',
} as const;
