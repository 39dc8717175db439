/**
 * Dosing as the protocol fixes it: drug, starting dose, route and frequency, administration,
 * cycle length, dose levels (reductions step down the list) and the ALT rule for modification.
 */
import type { StudyDefinition } from '../../../core/protocol/study-definition.schema.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function Dosing({ study }: { study: StudyDefinition }) {
  const t = useT();
  const local = useLocalised();
  const tr = study.treatment;
  const s = study.safety;
  return (
    <Section id="dosing" title={t('dosing.title')}>
      <FactList
        facts={[
          {
            term: t('dosing.drug'),
            value: (
              <>
                {local(tr.drug.name)}
                {tr.drug.atc ? (
                  <span className="muted"> · {t('dosing.atc', { code: tr.drug.atc })}</span>
                ) : null}
              </>
            ),
          },
          {
            term: t('dosing.startingDose'),
            value: (
              <>
                <strong>{t('dosing.mg', { mg: tr.startingDoseMg })}</strong>{' '}
                {t('dosing.routeAndFrequency', {
                  route: t(`route.${tr.route}`),
                  frequency: t(`frequency.${tr.frequency}`),
                })}
              </>
            ),
          },
          { term: t('dosing.administration'), value: local(tr.timing) },
          {
            term: t('dosing.cycleLength'),
            value: t('dosing.days', { n: study.schedule.cycleLengthDays }),
          },
          {
            term: t('dosing.doseLevels'),
            value: t('dosing.doseLevelsValue', {
              levels: tr.doseLevelsMg.map((mg) => t('dosing.mg', { mg })).join(' → '),
            }),
          },
          {
            term: t('dosing.tabletStrength'),
            value: t('dosing.mg', { mg: tr.drug.tabletStrengthMg }),
          },
          { term: t('dosing.continueUntil'), value: local(tr.continueUntil) },
          {
            term: t('dosing.liverRule'),
            value: t('dosing.liverRuleValue', {
              ineligible: s.altIneligibleAboveTimesUln,
              reduce: s.altReduceDoseFromTimesUln,
              reduced: s.reducedDoseMg,
              interrupt: s.altInterruptAboveTimesUln,
            }),
          },
        ]}
      />
    </Section>
  );
}
