/**
 * DS (Disposition, SDTMIG 3.4 §6.2.3): protocol milestones (informed consent, enrolment) and
 * disposition events (screen failure, end of treatment, end of study, death, lost to
 * follow-up, consent withdrawn), dated, with --DY and EPOCH.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { subjectContext } from './subject-context.ts';

export const dsSpec: DatasetSpec = {
  name: 'DS',
  label: 'Disposition',
  class: 'EVENTS',
  structure: 'One record per disposition status or protocol milestone per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('DSSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('DSTERM', 'Reported Term for the Disposition Event', 200, { mandatory: true }),
    char('DSDECOD', 'Standardized Disposition Term', 40, { mandatory: true, codelist: 'NCOMPLT' }),
    char('DSCAT', 'Category for Disposition Event', 40, { codelist: 'DSCAT' }),
    char('DSSCAT', 'Subcategory for Disposition Event', 40),
    char('EPOCH', 'Epoch', 40),
    char('DSSTDTC', 'Start Date/Time of Disposition Event', 19),
    int('DSSTDY', 'Study Day of Start of Disposition Event'),
  ],
};

type Event = [
  term: string,
  decod: string,
  cat: string,
  scat: string | null,
  date: string | null | undefined,
];

export function dsRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  const d = s.disposition;
  const events: Event[] = [
    [
      'INFORMED CONSENT OBTAINED',
      'INFORMED CONSENT OBTAINED',
      'PROTOCOL MILESTONE',
      null,
      s.consentDate,
    ],
    ['ENROLLED', 'ENROLLED', 'PROTOCOL MILESTONE', null, s.enrollmentDate],
    [
      s.screenFailureReason ?? 'SCREEN FAILURE',
      'SCREEN FAILURE',
      'DISPOSITION EVENT',
      'STUDY PARTICIPATION',
      s.screenFailureDate,
    ],
    [
      s.treatmentEndReason ?? 'END OF TREATMENT',
      treatmentDecod(s.treatmentEndReason),
      'DISPOSITION EVENT',
      'STUDY TREATMENT',
      s.lastDoseDate,
    ],
    [
      'WITHDRAWAL BY SUBJECT',
      'WITHDRAWAL BY SUBJECT',
      'DISPOSITION EVENT',
      'STUDY PARTICIPATION',
      s.consentWithdrawnDate,
    ],
    [d?.deathCause ?? 'DEATH', 'DEATH', 'DISPOSITION EVENT', 'STUDY PARTICIPATION', d?.deathDate],
    [
      'LOST TO FOLLOW-UP',
      'LOST TO FOLLOW-UP',
      'DISPOSITION EVENT',
      'STUDY PARTICIPATION',
      d?.lostToFollowUpDate,
    ],
    [
      'COMPLETED',
      'COMPLETED',
      'DISPOSITION EVENT',
      'STUDY PARTICIPATION',
      d?.deathDate || d?.lostToFollowUpDate || s.consentWithdrawnDate ? null : d?.endOfStudyDate,
    ],
  ];
  return events
    .filter((e) => Boolean(e[4]))
    .sort((a, b) =>
      (a[4] as string) < (b[4] as string) ? -1 : (a[4] as string) > (b[4] as string) ? 1 : 0,
    )
    .map(([term, decod, cat, scat, date], i) => ({
      STUDYID: c.studyId,
      DOMAIN: 'DS',
      USUBJID: c.usubjid,
      DSSEQ: i + 1,
      DSTERM: term.slice(0, 200),
      DSDECOD: decod,
      DSCAT: cat,
      DSSCAT: scat,
      EPOCH: c.epoch(date ?? null),
      DSSTDTC: date ?? null,
      DSSTDY: c.dy(date ?? null),
    }));
}

/** Reasons the store records for ending treatment → CDISC CT NCOMPLT terms. */
function treatmentDecod(reason: string | null): string {
  switch (reason) {
    case 'progression':
      return 'PROGRESSIVE DISEASE';
    case 'toxicity':
    case 'adverse-event':
      return 'ADVERSE EVENT';
    case 'death':
      return 'DEATH';
    case 'withdrawal':
    case 'consent-withdrawn':
      return 'WITHDRAWAL BY SUBJECT';
    case 'investigator-decision':
      return 'PHYSICIAN DECISION';
    case 'lost-to-follow-up':
      return 'LOST TO FOLLOW-UP';
    default:
      return 'OTHER';
  }
}
