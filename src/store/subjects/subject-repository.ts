/**
 * Subjects: created at screening with a screening number unique in the study and their
 * demographics; demographics edited with a reason; a screen failure recorded with its reason.
 * Enrolment is in `enrolment.ts`.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/shared/domain-error.ts';
import { isCompleteDate } from '../../core/subjects/partial-date.schema.ts';
import { futureDateIssues } from '../../core/subjects/record-date-rules.ts';
import { type Actor, insertAudited, runCommand, updateAudited } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Demographics, NewSubject } from './demographics.schema.ts';
import { dateAt } from './site-today.ts';
import { recordStateChange } from './state-change.ts';
import {
  type SubjectScope,
  studyInForce,
  subjectCommand,
  type WriteOutcome,
} from './subject-command.ts';
import { camel, type SubjectRow } from './subject-file.ts';

function refuseFutureBirth(birthDate: string | null | undefined, today: string): void {
  if (!birthDate || !isCompleteDate(birthDate)) return;
  const [issue] = futureDateIssues(today, [
    { path: 'body.birthDate', what: 'birth', date: birthDate },
  ]);
  if (issue) throw new DomainError({ kind: 'invalid', issues: [issue] });
}

export async function createSubject(
  store: Store,
  actor: Actor,
  s: NewSubject,
): Promise<SubjectRow> {
  const study = await studyInForce(store);
  return runCommand(store, actor, async (ctx) => {
    const site = await ctx.trx
      .selectFrom('sites')
      .select(['id', 'timezone', 'is_central_biobank'])
      .where('id', '=', s.siteId)
      .executeTakeFirst();
    if (!site) throw new DomainError({ kind: 'not-found', entity: 'site', id: s.siteId });
    if (Number(site.is_central_biobank) === 1)
      throw new DomainError({
        kind: 'conflict',
        rule: 'enrolling-site',
        message: 'the central biobank does not screen subjects',
      });
    refuseFutureBirth(s.birthDate, dateAt(ctx.now, site.timezone));
    const dup = await ctx.trx
      .selectFrom('subjects')
      .select('id')
      .where('study_id', '=', study.id)
      .where('screening_number', '=', s.screeningNumber)
      .executeTakeFirst();
    if (dup)
      throw new DomainError({
        kind: 'conflict',
        rule: 'screening-number-unique',
        message: `screening number ${s.screeningNumber} is already used in ${study.id}`,
      });
    const row = {
      id: randomUUID(),
      study_id: study.id,
      site_id: s.siteId,
      screening_number: s.screeningNumber,
      subject_code: null,
      sex: s.sex ?? null,
      birth_date: s.birthDate ?? null,
      ethnicity: s.ethnicity ?? null,
      race: s.race ?? null,
      enrollment_date: null,
      enrolled_at: null,
      screen_failure_date: null,
      screen_failure_reason: null,
      created_at: ctx.now,
    };
    await insertAudited(ctx, 'subjects', row, {
      entityType: 'subject',
      siteId: s.siteId,
      subjectId: row.id,
    });
    return camel(row);
  });
}

/** Edits demographics: a reason for change is required (audit). */
export async function editDemographics(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  patch: Demographics,
  reason: string | undefined,
): Promise<WriteOutcome<{ id: string }>> {
  return subjectCommand(store, actor, scope, async ({ ctx, subject, today, ref }) => {
    refuseFutureBirth(patch.birthDate, today);
    await updateAudited(
      ctx,
      'subjects',
      subject.id,
      { sex: patch.sex, birth_date: patch.birthDate, ethnicity: patch.ethnicity, race: patch.race },
      { entityType: 'subject', ...ref, reason },
    );
    return { result: { id: subject.id }, recordId: subject.id };
  });
}

export async function recordScreenFailure(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  input: { date: string; reason: string },
): Promise<WriteOutcome<{ id: string }>> {
  return subjectCommand(store, actor, scope, async ({ ctx, subject, ref }) => {
    if (subject.enrollmentDate)
      throw new DomainError({
        kind: 'conflict',
        rule: 'screen-failure-after-enrolment',
        message: `subject was enrolled on ${subject.enrollmentDate}: record an end of treatment or study instead`,
      });
    await recordStateChange(
      ctx,
      'subjects',
      subject.id,
      { screen_failure_date: input.date, screen_failure_reason: input.reason },
      { entityType: 'subject', ...ref },
      'screen-failure',
    );
    return { result: { id: subject.id }, recordId: subject.id };
  });
}
