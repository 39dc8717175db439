/**
 * The protocol's eligibility checklist for one subject: every inclusion and exclusion criterion
 * of the study definition in force (never a list of our own), with the server's verdict and
 * reasons as of the check date (core `evaluateEligibility`). A criterion decided by a rule from
 * the data (age, MEN1 variant, ALT, measurable disease, imaging window…) shows what decided it;
 * a criterion left to the investigator is answered here — met or not, with the evidence — and
 * changed later only with a reason (audit trail).
 */
import { type FormEvent, useId, useState } from 'react';
import type { EligibilityCriterion } from '../../../core/protocol/study-definition.schema.ts';
import type {
  CriterionEvaluation,
  EligibilityEvaluation,
} from '../../../core/subjects/eligibility-evaluation.ts';
import { eligibilityAnswerSchema } from '../../../core/subjects/screening-input.schema.ts';
import {
  type ScreeningFileView,
  type StoredEligibilityAnswer,
  useAnswerCriterion,
  useChangeAnswer,
} from '../../api/screening.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { InputField } from '../safety/form-field.component.tsx';
import { type FieldErrors, isFieldProblem } from './schema-errors.ts';
import { useExplainFinding } from './use-explain-finding.ts';
import { useSchemaErrors } from './use-schema-errors.ts';

function isEvaluation(
  e: ScreeningFileView['eligibility']['evaluation'],
): e is EligibilityEvaluation {
  return e !== null && 'criteria' in e;
}

function AnswerForm({
  subjectId,
  criterion,
  answer,
}: {
  subjectId: string;
  criterion: EligibilityCriterion;
  answer: StoredEligibilityAnswer | undefined;
}) {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const localised = useLocalised();
  const id = useId();
  const add = useAnswerCriterion(subjectId);
  const change = useChangeAnswer(subjectId);
  const [met, setMet] = useState<'' | 'yes' | 'no'>(answer ? (answer.met ? 'yes' : 'no') : '');
  const [evidence, setEvidence] = useState(answer?.evidence ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = answer ? change : add;
  const err = (k: string) => messagesFor(errors, mutation.error, k);
  const metErrors = err('met');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validate(eligibilityAnswerSchema, {
      criterionId: criterion.id,
      met: met === '' ? undefined : met === 'yes',
      evidence,
    });
    const errs: FieldErrors = v.ok ? {} : { ...v.errors };
    if (met === '') errs.met = [t('screening.answerRequired')];
    if (answer && !reason.trim()) errs.reason = [t('entry.reasonRequired')];
    setErrors(errs);
    if (!v.ok || Object.keys(errs).length) return;
    if (answer)
      change.mutate(
        {
          answerId: answer.id,
          met: v.value.met,
          evidence: v.value.evidence,
          reason: reason.trim(),
        },
        { onSuccess: () => setReason('') },
      );
    else add.mutate(v.value);
  };

  return (
    <form
      className="answer-form"
      onSubmit={submit}
      noValidate
      aria-label={t('screening.answerFor', { criterion: localised(criterion.text) })}
    >
      <fieldset aria-describedby={metErrors.length ? `${id}-met-error` : undefined}>
        <legend>{t('screening.criterionMet')}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-met`}
            checked={met === 'yes'}
            onChange={() => setMet('yes')}
          />
          {t('screening.yes')}
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-met`}
            checked={met === 'no'}
            onChange={() => setMet('no')}
          />
          {t('screening.no')}
        </label>
        {metErrors.length ? (
          <p id={`${id}-met-error`} className="field-error">
            {metErrors.join('; ')}
          </p>
        ) : null}
      </fieldset>
      <InputField
        label={t('screening.evidence')}
        value={evidence}
        onChange={setEvidence}
        required
        errors={err('evidence')}
      />
      {answer ? (
        <InputField
          label={t('entry.reasonForChange')}
          value={reason}
          onChange={setReason}
          required
          errors={err('reason')}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-secondary" disabled={mutation.isPending}>
          {answer ? t('screening.changeAnswer') : t('screening.saveAnswer')}
        </button>
      </div>
      {mutation.isError && !isFieldProblem(mutation.error) ? (
        <ProblemMessage error={mutation.error} summary={t('screening.notSaved')} />
      ) : null}
    </form>
  );
}

function Verdict({ evaluation }: { evaluation: CriterionEvaluation | undefined }) {
  const t = useT();
  const v = evaluation?.verdict ?? 'unknown';
  return <span className={`verdict verdict-${v}`}>{t(`screening.verdict.${v}`)}</span>;
}

export function EligibilitySection({
  subjectId,
  criteria,
  eligibility,
  canWrite,
}: {
  subjectId: string;
  criteria: readonly EligibilityCriterion[];
  eligibility: ScreeningFileView['eligibility'];
  canWrite: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const localised = useLocalised();
  const explain = useExplainFinding();
  const evaluation = isEvaluation(eligibility.evaluation) ? eligibility.evaluation : null;
  const problems =
    eligibility.evaluation && 'problems' in eligibility.evaluation
      ? eligibility.evaluation.problems
      : [];
  const byId = new Map(evaluation?.criteria.map((c) => [c.id, c]));
  const answers = new Map(eligibility.answers.map((a) => [a.criterionId, a]));

  const list = (type: 'inclusion' | 'exclusion') => {
    const items = criteria.filter((c) => c.type === type);
    const headingId = `eligibility-${type}-title`;
    return (
      <div>
        <h3 id={headingId}>
          {t(type === 'inclusion' ? 'eligibility.inclusion' : 'eligibility.exclusion')}
        </h3>
        <ol className="criterion-list" aria-labelledby={headingId}>
          {items.map((c) => {
            const e = byId.get(c.id);
            return (
              <li key={c.id} className="criterion" data-criterion={c.id}>
                <div className="criterion-head">
                  <Verdict evaluation={e} />
                  <span>{localised(c.text)}</span>
                  <span className={c.rule.kind === 'manual' ? 'tag' : 'tag tag-accent'}>
                    {t(
                      c.rule.kind === 'manual'
                        ? 'eligibility.ruleManual'
                        : 'eligibility.ruleChecked',
                    )}
                  </span>
                </div>
                {e?.reasons.length ? (
                  <ul className="criterion-reasons">
                    {e.reasons.map((r) => (
                      <li key={`${r.code}-${r.text}`}>{explain(r)}</li>
                    ))}
                  </ul>
                ) : null}
                {c.rule.kind === 'manual' && canWrite ? (
                  <AnswerForm subjectId={subjectId} criterion={c} answer={answers.get(c.id)} />
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    );
  };

  return (
    <Section id="eligibility-checklist" title={t('screening.eligibilityTitle')}>
      {evaluation ? (
        <p className="decision" role="status" data-testid="eligibility-decision">
          {t(`screening.decision.${evaluation.decision.kind}`, {
            date: formatCalendarDate(evaluation.checkDate, locale),
          })}
        </p>
      ) : null}
      {problems.length ? (
        <ul className="field-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <p className="field-hint">{t('screening.eligibilityHint')}</p>
      {list('inclusion')}
      {list('exclusion')}
    </Section>
  );
}
