/**
 * A subject's protocol deviations (manual, or recorded automatically e.g. by a prohibited drug),
 * with the manual entry form for coordinators and investigators.
 */

import { useDeviations } from '../../api/safety.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';
import { DeviationForm } from './deviation-form.component.tsx';

export function DeviationsSection({
  subjectId,
  canWrite,
}: {
  subjectId: string;
  canWrite: boolean;
}) {
  const t = useT();
  const explain = useExplain();
  const { locale } = useLocale();
  const list = useDeviations(subjectId);
  return (
    <Section id="deviations" title={t('safetyScreen.dev.title')} className="panel-wide">
      {list.isPending ? <LoadingIndicator /> : null}
      {list.isError ? <ProblemMessage error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data?.length === 0 ? <p className="muted">{t('safetyScreen.dev.none')}</p> : null}
      {list.data?.length ? (
        <ul className="record-list">
          {list.data.map((d) => (
            <li key={d.id}>
              <span className={`tag deviation-${d.severity}`}>
                {t(`safetyScreen.devSeverity.${d.severity}`)}
              </span>{' '}
              <strong>{t(`safetyScreen.devCategory.${d.category}`)}</strong>{' '}
              {formatCalendarDate(d.deviationDate, locale)}
              {d.origin === 'automatic' ? (
                <span className="muted"> · {t('safetyScreen.dev.automatic')}</span>
              ) : null}
              <p>{d.descriptionReason ? explain(d.descriptionReason) : d.description}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite ? <DeviationForm subjectId={subjectId} /> : null}
    </Section>
  );
}
