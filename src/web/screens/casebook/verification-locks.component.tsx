/**
 * Source data verification marks (verified, or reset by a later edit) and the locks in force on
 * this subject (study, subject or one form): locked data refuse writes.
 */
import { useLocks, useSdvMarks } from '../../api/casebook.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useEntityLabel } from '../../i18n/use-entity-label.ts';

export function VerificationAndLocks({ subjectId }: { subjectId: string }) {
  const t = useT();
  const entityLabel = useEntityLabel();
  const { locale } = useLocale();
  const sdv = useSdvMarks(subjectId);
  const locks = useLocks(subjectId);
  return (
    <Section id="verification" title={t('casebook.verification')}>
      <h3>{t('casebook.sdv')}</h3>
      {sdv.isPending ? <LoadingIndicator /> : null}
      {sdv.isError ? <ProblemMessage error={sdv.error} /> : null}
      {sdv.data?.length === 0 ? <p className="muted">{t('casebook.noSdv')}</p> : null}
      {sdv.data && sdv.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('casebook.record')}</th>
              <th scope="col">{t('casebook.verifiedAt')}</th>
              <th scope="col">{t('casebook.signatureStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {sdv.data.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {[entityLabel(m.entityType), m.field].filter(Boolean).join(' · ')}
                </th>
                <td>{formatInstant(m.verifiedAt, locale)}</td>
                <td>
                  {m.status === 'verified' ? t('casebook.sdvVerified') : t('casebook.sdvReset')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t('casebook.locks')}</h3>
      {locks.isError ? <ProblemMessage error={locks.error} /> : null}
      {locks.data?.length === 0 ? <p className="muted">{t('casebook.noLocks')}</p> : null}
      {locks.data && locks.data.length > 0 ? (
        <ul className="plain-list">
          {locks.data.map((l) => (
            <li key={l.id}>
              <span className="tag tag-strong">{t(`casebook.lock.${l.scope}`)}</span>{' '}
              {formatInstant(l.locked_at, locale)} · {l.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
