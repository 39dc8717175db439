/**
 * Every date and sequence rule over a subject's whole file, from the core: the subject-event
 * date consistency, the disposition dates, the dose regimen, drug returns, and "not in the
 * future" for records the events do not carry. Each issue's path is the core's; `sources` tells
 * which record and field it points at.
 */
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { checkDateConsistency } from '../../core/subjects/date-consistency.ts';
import type { DateIssue } from '../../core/subjects/date-issue.ts';
import { checkDispositionDates } from '../../core/subjects/disposition-dates.ts';
import {
  type DoseChange,
  type DoseChangeKind,
  doseRegimen,
} from '../../core/subjects/dose-regimen.ts';
import { isCompleteDate } from '../../core/subjects/partial-date.schema.ts';
import {
  type DatedField,
  drugReturnIssues,
  futureDateIssues,
} from '../../core/subjects/record-date-rules.ts';
import { type AssembledEvents, assembleEvents, type EventSource } from './subject-events.ts';
import type { SubjectFile } from './subject-file.ts';

export interface SubjectCheck {
  issues: DateIssue[];
  sources: Map<string, EventSource>;
  assembled: AssembledEvents;
}

/** Dose changes in the order they happened (date, then recording order). */
export function orderedDoseChanges(file: SubjectFile): Array<DoseChange & { id: string }> {
  return [...file.dose_changes]
    .map((c, i) => ({ c, i }))
    .sort((a, b) =>
      a.c.changeDate < b.c.changeDate ? -1 : a.c.changeDate > b.c.changeDate ? 1 : a.i - b.i,
    )
    .map(({ c }) => ({
      id: c.id,
      kind: c.kind as DoseChangeKind,
      date: c.changeDate,
      doseMg: c.doseMg === null ? null : Number(c.doseMg),
    }));
}

export function checkSubjectFile(
  file: SubjectFile,
  study: StudyDefinition,
  asOf: IsoDate,
): SubjectCheck {
  const assembled = assembleEvents(file, study);
  const sources = new Map(assembled.sources);
  const s = file.subject;
  const issues: DateIssue[] = checkDateConsistency({
    asOf,
    birthDate: s.birthDate && isCompleteDate(s.birthDate) ? s.birthDate : undefined,
    enrollmentDate: s.enrollmentDate ?? undefined,
    events: assembled.events,
  });

  const disp = file.dispositions[0];
  if (disp) {
    for (const f of ['lastKnownAliveDate', 'lostToFollowUpDate', 'endOfStudyDate'])
      sources.set(f, { recordId: disp.id, field: f });
    issues.push(
      ...checkDispositionDates({
        asOf,
        enrollmentDate: s.enrollmentDate ?? undefined,
        deathDate: disp.deathDate ?? undefined,
        lastKnownAliveDate: disp.lastKnownAliveDate ?? undefined,
        lostToFollowUpDate: disp.lostToFollowUpDate ?? undefined,
        endOfStudyDate: disp.endOfStudyDate ?? undefined,
      }),
    );
  }

  if (s.enrollmentDate) {
    const changes = orderedDoseChanges(file);
    changes.forEach((c, i) => {
      sources.set(`changes.${i}.date`, { recordId: c.id, field: 'date' });
      sources.set(`changes.${i}.doseMg`, { recordId: c.id, field: 'doseMg' });
      sources.set(`changes.${i}.kind`, { recordId: c.id, field: 'kind' });
    });
    try {
      doseRegimen(study, s.enrollmentDate, changes);
    } catch (e) {
      if (!(e instanceof DomainError) || e.failure.kind !== 'invalid') throw e;
      issues.push(...e.failure.issues.map((i) => ({ ...i, severity: 'refuse' as const })));
    }
  }

  const dispensed = new Map(file.dispensations.map((d) => [d.id, d]));
  issues.push(
    ...drugReturnIssues(
      file.drug_returns.flatMap((r) => {
        const d = dispensed.get(r.dispensationId);
        if (!d) return [];
        sources.set(`returns.${r.id}.returnDate`, { recordId: r.id, field: 'returnDate' });
        sources.set(`returns.${r.id}.tabletsReturned`, {
          recordId: r.id,
          field: 'tabletsReturned',
        });
        return [
          {
            path: `returns.${r.id}`,
            dispensedDate: d.dispensedDate,
            tabletsDispensed: Number(d.tabletsDispensed),
            returnDate: r.returnDate,
            tabletsReturned: Number(r.tabletsReturned),
          },
        ];
      }),
    ),
  );

  const other: DatedField[] = [];
  const add = (recordId: string, field: string, what: string, date: string | null) => {
    if (!date || !isCompleteDate(date)) return;
    const path = `records.${recordId}.${field}`;
    sources.set(path, { recordId, field });
    other.push({ path, what, date });
  };
  for (const c of file.consents) {
    if (c.kind !== 'main') add(c.id, 'signedDate', `${c.kind} consent`, c.signedDate);
    add(c.id, 'date', 'withdrawal of consent', c.withdrawnDate);
  }
  for (const r of file.men1_results) add(r.id, 'reportDate', 'MEN1 report', r.reportDate);
  for (const r of file.drug_returns) add(r.id, 'returnDate', 'drug return', r.returnDate);
  for (const m of file.medical_history) {
    add(m.id, 'startDate', 'medical history start', m.startDate);
    add(m.id, 'endDate', 'medical history end', m.endDate);
  }
  for (const p of file.prior_therapies) {
    add(p.id, 'startDate', 'prior therapy start', p.startDate);
    add(p.id, 'endDate', 'prior therapy end', p.endDate);
  }
  issues.push(...futureDateIssues(asOf, other));
  return { issues, sources, assembled };
}
