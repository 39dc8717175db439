/**
 * EX (Exposure, SDTMIG 3.4 §6.1.3): leflunomide administration as dosing intervals. Each
 * interval starts at the first dose or a dose change and ends the day before the next change
 * or at the last dose; interruptions (dose changes to no dose) produce no EX record.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { addDays } from '../../../shared/calendar-date.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const exSpec: DatasetSpec = {
  name: 'EX',
  label: 'Exposure',
  class: 'INTERVENTIONS',
  structure: 'One record per constant dosing interval per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('EXSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('EXTRT', 'Name of Treatment', 40, { mandatory: true }),
    num('EXDOSE', 'Dose'),
    char('EXDOSU', 'Dose Units', 10, { codelist: 'UNIT' }),
    char('EXDOSFRM', 'Dose Form', 20, { codelist: 'FRM' }),
    char('EXDOSFRQ', 'Dosing Frequency per Interval', 10, { codelist: 'FREQ' }),
    char('EXROUTE', 'Route of Administration', 20, { codelist: 'ROUTE' }),
    char('EXADJ', 'Reason for Dose Adjustment', 200),
    char('EPOCH', 'Epoch', 40),
    char('EXSTDTC', 'Start Date/Time of Treatment', 19),
    char('EXENDTC', 'End Date/Time of Treatment', 19),
    int('EXSTDY', 'Study Day of Start of Treatment'),
    int('EXENDY', 'Study Day of End of Treatment'),
  ],
};

export function exRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  if (!s.firstDoseDate) return [];
  const c = subjectContext(study, s);
  const t = study.treatment;
  const changes = [...s.doseChanges].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const intervals: { start: string; dose: number | null; reason: string | null }[] = [
    { start: s.firstDoseDate, dose: t.startingDoseMg, reason: null },
  ];
  for (const ch of changes) {
    if (ch.date < s.firstDoseDate) continue;
    const dose = ch.doseMg === null ? null : Number(ch.doseMg);
    intervals.push({ start: ch.date, dose: dose === 0 ? null : dose, reason: ch.reason });
  }
  const rows: Record<string, unknown>[] = [];
  intervals.forEach((iv, i) => {
    const next = intervals[i + 1];
    const end = next ? addDays(next.start, -1) : s.lastDoseDate;
    if (iv.dose === null || (end !== null && end < iv.start)) return;
    rows.push({
      STUDYID: c.studyId,
      DOMAIN: 'EX',
      USUBJID: c.usubjid,
      EXTRT: 'LEFLUNOMIDE',
      EXDOSE: iv.dose,
      EXDOSU: 'mg',
      EXDOSFRM: 'TABLET',
      EXDOSFRQ: t.frequency,
      EXROUTE: t.route.toUpperCase(),
      EXADJ: iv.reason?.slice(0, 200) ?? null,
      EPOCH: 'TREATMENT',
      EXSTDTC: iv.start,
      EXENDTC: end,
      EXSTDY: c.dy(iv.start),
      EXENDY: c.dy(end),
    });
  });
  return numbered(rows, 'EXSTDTC', 'EXSEQ');
}
