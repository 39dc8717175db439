/**
 * Eligibility criteria, inclusion then exclusion, each marked as checked from data (a rule the
 * engine evaluates) or left to the investigator's judgement.
 */
import type {
  EligibilityCriterion,
  StudyDefinition,
} from '../../../core/protocol/study-definition.schema.ts';
import { Section } from '../../components/section.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';

function CriteriaList({ criteria, title }: { criteria: EligibilityCriterion[]; title: string }) {
  const t = useT();
  const local = useLocalised();
  const id = `eligibility-${criteria[0]?.type ?? 'none'}`;
  return (
    <div className="criteria">
      <h3 id={id}>{title}</h3>
      <ol aria-labelledby={id}>
        {criteria.map((c) => (
          <li key={c.id}>
            {local(c.text)}{' '}
            <span className={c.rule.kind === 'manual' ? 'tag' : 'tag tag-accent'}>
              {t(c.rule.kind === 'manual' ? 'eligibility.ruleManual' : 'eligibility.ruleChecked')}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function Eligibility({ study }: { study: StudyDefinition }) {
  const t = useT();
  return (
    <Section id="eligibility" title={t('eligibility.title')} className="panel-wide">
      <div className="columns">
        <CriteriaList
          title={t('eligibility.inclusion')}
          criteria={study.eligibility.filter((c) => c.type === 'inclusion')}
        />
        <CriteriaList
          title={t('eligibility.exclusion')}
          criteria={study.eligibility.filter((c) => c.type === 'exclusion')}
        />
      </div>
    </Section>
  );
}
