/** The user's open sessions (sign-in, last activity, expiry), in local time. */
import { useOpenSessions } from '../../api/account.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';

export function OpenSessions() {
  const t = useT();
  const { locale } = useLocale();
  const sessions = useOpenSessions();
  const at = (iso: string) => <time dateTime={iso}>{formatInstant(iso, locale)}</time>;
  return (
    <Section id="sessions" title={t('account.sessions')} className="panel-wide">
      {sessions.isPending ? (
        <LoadingIndicator />
      ) : sessions.isError ? (
        <ProblemMessage error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : (
        <table className="data-table sessions-table">
          <thead>
            <tr>
              <th scope="col">{t('account.sessionStarted')}</th>
              <th scope="col">{t('account.sessionLastSeen')}</th>
              <th scope="col">{t('account.sessionExpires')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.created_at + s.expires_at}>
                <td>{at(s.created_at)}</td>
                <td>{at(s.last_seen_at)}</td>
                <td>{at(s.expires_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
