/** Condition, central biobank, the protocol version in force with its content hash, registry text. */
import type { StudyResponse } from '../../api/study.resource.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function StudyOverview({ study }: { study: StudyResponse }) {
  const t = useT();
  const local = useLocalised();
  const { locale } = useLocale();
  const d = study.definition;
  return (
    <Section id="overview" title={t('study.overview')}>
      <FactList
        facts={[
          { term: t('study.condition'), value: local(d.condition) },
          { term: t('study.centralBiobank'), value: local(d.centralBiobank) },
          { term: t('study.studyId'), value: <code>{d.id}</code> },
          { term: t('study.protocolVersion'), value: study.version },
          {
            term: t('study.installed'),
            value: <time dateTime={study.createdAt}>{formatInstant(study.createdAt, locale)}</time>,
          },
          {
            term: t('study.contentHash'),
            value: <code className="hash">{study.contentHash}</code>,
          },
        ]}
      />
      <details className="registry-text">
        <summary>{t('study.registryText')}</summary>
        <p lang="en">{d.registryText}</p>
      </details>
    </Section>
  );
}
