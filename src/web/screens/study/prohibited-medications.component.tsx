/** Medications not allowed during the study and what recording one does (deviation or review). */
import type { StudyDefinition } from '../../../core/protocol/study-definition.schema.ts';
import { Section } from '../../components/section.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function ProhibitedMedications({ study }: { study: StudyDefinition }) {
  const t = useT();
  const local = useLocalised();
  return (
    <Section id="prohibited" title={t('meds.title')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('meds.medication')}</th>
            <th scope="col">{t('meds.category')}</th>
            <th scope="col">{t('meds.onMatch')}</th>
          </tr>
        </thead>
        <tbody>
          {study.prohibitedMedications.map((m) => (
            <tr key={m.id}>
              <th scope="row">{local(m.name)}</th>
              <td>{t(`meds.category.${m.category}`)}</td>
              <td>
                <span className={m.onMatch === 'prohibited' ? 'tag tag-strong' : 'tag'}>
                  {t(`meds.onMatch.${m.onMatch}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
