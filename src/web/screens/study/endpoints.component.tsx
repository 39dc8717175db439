/**
 * Endpoints with their definitions, and the rule parameters the engine derives them with
 * (RECIST 1.1 confirmation and SD duration; time-to-event horizon, intervals and censoring).
 */
import type { StudyDefinition } from '../../../core/protocol/study-definition.schema.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatNumber } from '../../format/locale-format.ts';
import { useLocale, useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function Endpoints({ study }: { study: StudyDefinition }) {
  const t = useT();
  const local = useLocalised();
  const { locale } = useLocale();
  const r = study.recist;
  const tte = study.timeToEvent;
  return (
    <Section id="endpoints" title={t('endpoints.title')} className="panel-wide">
      <table className="data-table endpoints-table">
        <thead>
          <tr>
            <th scope="col">{t('endpoints.role')}</th>
            <th scope="col">{t('endpoints.endpoint')}</th>
            <th scope="col">{t('endpoints.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {study.endpoints.map((e) => (
            <tr key={e.id}>
              <td>
                <span className={e.role === 'primary' ? 'tag tag-accent' : 'tag'}>
                  {t(`endpoints.role.${e.role}`)}
                </span>
              </td>
              <th scope="row">{local(e.name)}</th>
              <td>{local(e.definition)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="columns">
        <div>
          <h3>{t('endpoints.recist')}</h3>
          <FactList
            facts={[
              {
                term: t('endpoints.confirmation'),
                value: t('endpoints.confirmationValue', { n: r.confirmationDays }),
              },
              { term: t('endpoints.sdMin'), value: t('endpoints.sdMinValue', { n: r.sdMinDays }) },
              {
                term: t('endpoints.continuingPr'),
                value: t(r.continuingPartialResponse ? 'common.yes' : 'common.no'),
              },
            ]}
          />
        </div>
        <div>
          <h3>{t('endpoints.tte')}</h3>
          <FactList
            facts={[
              {
                term: t('endpoints.horizon'),
                value: t('endpoints.horizonValue', {
                  days: tte.horizonDays,
                  weeks: formatNumber(tte.horizonDays / 7, locale),
                }),
              },
              {
                term: t('endpoints.onTreatmentInterval'),
                value: t('dosing.days', { n: tte.onTreatmentAssessmentIntervalDays }),
              },
              {
                term: t('endpoints.offTreatmentInterval'),
                value: t('dosing.days', { n: tte.offTreatmentAssessmentIntervalDays }),
              },
              {
                term: t('endpoints.window'),
                value: t('endpoints.windowValue', { n: tte.assessmentWindowDays }),
              },
              {
                term: t('endpoints.missed'),
                value: t('endpoints.missedValue', { n: tte.missedAssessmentsForCensoring }),
              },
              {
                term: t('endpoints.daysPerMonth'),
                value: formatNumber(tte.daysPerMonth, locale),
              },
            ]}
          />
        </div>
      </div>
    </Section>
  );
}
