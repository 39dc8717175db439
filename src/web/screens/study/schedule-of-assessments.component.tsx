/**
 * The schedule of assessments as the protocol table: one row per visit (with its timing), one
 * column per assessment panel, ✓ where the visit performs the panel. Row and column headers
 * are real `th`s with scope so a screen reader announces "Tumour evaluation, CT imaging".
 */
import type { StudyDefinition } from '../../../core/protocol/study-definition.schema.ts';
import { Section } from '../../components/section.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';

export function ScheduleOfAssessments({ study }: { study: StudyDefinition }) {
  const t = useT();
  const local = useLocalised();
  return (
    <Section id="schedule" title={t('soa.title')} className="panel-wide">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-label={t('soa.scrollHint')} tabIndex={0}>
        <table className="data-table soa-table">
          <caption>{t('soa.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="soa-visit">
                {t('soa.visit')}
              </th>
              <th scope="col" className="soa-timing">
                {t('soa.timing')}
              </th>
              {study.panels.map((p) => (
                <th scope="col" key={p.id} className="soa-panel" data-panel={p.id}>
                  {local(p.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {study.visits.map((v) => {
              const performed = new Set(v.panels);
              return (
                <tr key={v.kind} data-visit={v.kind}>
                  <th scope="row" className="soa-visit">
                    {local(v.name)}
                  </th>
                  <td className="soa-timing">{local(v.timing)}</td>
                  {study.panels.map((p) => (
                    <td key={p.id} className="soa-mark" data-panel={p.id}>
                      {performed.has(p.id) ? (
                        <>
                          <span aria-hidden="true">✓</span>
                          <span className="visually-hidden">{t('soa.performed')}</span>
                        </>
                      ) : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </Section>
  );
}
