/**
 * Enrolment (issue 5): only a consented, eligible subject, only while the phase II design keeps
 * enrolment open; the enrolment date is day 1 (first dose) and the origin of PFS and OS. The
 * subject ID is assigned here: the site code and the next number at the site (`BJ01-001`). The
 * chain-head lock of the audited write path serialises commands, so two enrolments cannot take
 * the same number (the unique constraint would refuse it anyway).
 */
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Reason } from '../../core/shared/reason.ts';
import { enrolmentGate } from '../../core/subjects/enrolment-gate.ts';
import type { Actor } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { evaluateStoredEligibility } from './eligibility-evidence.ts';
import { designDecision } from './interim-outcomes.ts';
import { recordStateChange } from './state-change.ts';
import { type SubjectScope, subjectCommand, type WriteOutcome } from './subject-command.ts';
import { mainConsent } from './subject-events.ts';

export interface EnrolmentResult {
  id: string;
  subjectCode: string;
  enrollmentDate: string;
  reasons: Reason[];
}

export async function enrolSubject(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  enrollmentDate: string,
): Promise<WriteOutcome<EnrolmentResult>> {
  return subjectCommand(
    store,
    actor,
    scope,
    async ({ ctx, subject, file, study, siteCode, ref }) => {
      if (subject.enrollmentDate)
        throw new DomainError({
          kind: 'conflict',
          rule: 'already-enrolled',
          message: `subject ${subject.subjectCode} was enrolled on ${subject.enrollmentDate}`,
        });
      if (subject.screenFailureDate)
        throw new DomainError({
          kind: 'conflict',
          rule: 'screen-failed-subject-enrolled',
          message: `screen failure on ${subject.screenFailureDate} (${subject.screenFailureReason}): a screen-failed subject cannot be enrolled`,
        });
      const gate = enrolmentGate({
        consent: mainConsent(file),
        eligibility: evaluateStoredEligibility(file, study, enrollmentDate),
        design: await designDecision(ctx.trx, study),
      });
      if (gate.kind === 'refused')
        throw new DomainError({
          kind: 'conflict',
          rule: gate.rule,
          message: gate.message,
          reasons: gate.reasons,
        });
      const codes = await ctx.trx
        .selectFrom('subjects')
        .select('subject_code')
        .where('site_id', '=', subject.siteId)
        .where('subject_code', 'is not', null)
        .execute();
      const used = codes.map((c) => Number(String(c.subject_code).split('-').at(-1)) || 0);
      const subjectCode = `${siteCode}-${String(Math.max(0, ...used) + 1).padStart(3, '0')}`;
      await recordStateChange(
        ctx,
        'subjects',
        subject.id,
        { enrollment_date: enrollmentDate, enrolled_at: ctx.now, subject_code: subjectCode },
        { entityType: 'subject', ...ref },
        'enrol',
      );
      return {
        result: { id: subject.id, subjectCode, enrollmentDate, reasons: gate.reasons },
        recordId: subject.id,
      };
    },
  );
}
