/**
 * Why the server refused an enrolment (core `enrolmentGate`, a 409 problem with its rule and
 * reasons): a headline per rule in the user's language — no signed consent, not eligible, the
 * phase II design holding or stopping enrolment, already enrolled, a screen failure — then each
 * finding in the user's language (the engines' coded reasons, `useExplainFinding`); a finding
 * about an eligibility criterion is introduced by that criterion's text from the study
 * definition. The problem's own detail is shown only when there is no finding to list, in the
 * reader's language (by rule); the English record of it is the audit trail's and the API's.
 */
import type { EligibilityCriterion } from '../../../core/protocol/study-definition.schema.ts';
import { ApiProblem } from '../../api/api-problem.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';
import { useProblemText } from '../../i18n/use-problem-text.ts';
import { refusalFindings } from './refusal-findings.ts';
import { useExplainFinding } from './use-explain-finding.ts';

const GATE_RULES = [
  'enrolment-requires-consent',
  'enrolment-requires-eligibility',
  'phase2-design-hold',
  'phase2-design-stop',
  'already-enrolled',
  'screen-failed-subject-enrolled',
] as const;
type GateRule = (typeof GATE_RULES)[number];

function isGateRule(rule: string | undefined): rule is GateRule {
  return (GATE_RULES as readonly string[]).includes(rule ?? '');
}

export function EnrolmentRefusal({
  error,
  criteria,
}: {
  error: unknown;
  criteria: readonly EligibilityCriterion[];
}) {
  const t = useT();
  const localised = useLocalised();
  const explain = useExplainFinding();
  const problemText = useProblemText();
  if (!(error instanceof ApiProblem) || !isGateRule(error.rule))
    return <ProblemMessage error={error} summary={t('screening.enrolFailed')} />;
  const findings = refusalFindings(error.reasons, criteria).map((f) => ({
    criterion: f.criterion ? localised(f.criterion) : null,
    text: f.reasons.map(explain).join(t('screening.findingSeparator')),
  }));
  return (
    <div className="refusal" role="alert" data-rule={error.rule}>
      <p className="refusal-title">{t(`screening.refused.${error.rule}`)}</p>
      {findings.length ? (
        <ul>
          {findings.map((f) => (
            <li key={`${f.criterion}-${f.text}`}>
              {f.criterion ? (
                <strong>
                  {f.criterion}
                  {t('screening.criterionColon')}
                </strong>
              ) : null}
              {f.text}
            </li>
          ))}
        </ul>
      ) : null}
      {findings.length ? null : <p className="muted">{problemText.detail(error)}</p>}
    </div>
  );
}
