/**
 * The phase II design: Simon two-stage (Simon 1989) — stop after stage 1 if responses ≤ r1 of
 * n1; the drug is worth further study if responses > r of n — with its error rates and basis.
 */
import type { StudyDefinition } from '../../../core/protocol/study-definition.schema.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatNumber, formatPercent } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function Phase2Design({ study }: { study: StudyDefinition }) {
  const t = useT();
  const local = useLocalised();
  const { locale } = useLocale();
  const d = study.phase2Design;
  switch (d.kind) {
    case 'simon-two-stage':
      return (
        <Section id="design" title={t('design.title')}>
          <p className="lead">{t('design.simon', { variant: t(`design.variant.${d.variant}`) })}</p>
          <FactList
            facts={[
              { term: t('design.p0'), value: formatPercent(d.p0, locale) },
              { term: t('design.p1'), value: formatPercent(d.p1, locale) },
              { term: t('design.alpha'), value: formatNumber(d.alpha, locale) },
              {
                term: t('design.beta'),
                value: `${formatNumber(d.beta, locale)} (${t('design.power', {
                  power: formatPercent(1 - d.beta, locale),
                })})`,
              },
              {
                term: t('design.stage1'),
                value: t('design.stage1Value', { r1: d.r1, n1: d.n1 }),
              },
              { term: t('design.overall'), value: t('design.overallValue', { r: d.r, n: d.n }) },
              { term: t('design.basis'), value: local(d.basis) },
            ]}
          />
        </Section>
      );
    default: {
      const never: never = d.kind;
      return never;
    }
  }
}
