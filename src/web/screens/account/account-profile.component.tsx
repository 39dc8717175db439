/** Who is signed in and which roles they hold at which sites (what the server checks on each request). */
import { ROLE_LABELS } from '../../../core/access/roles.ts';
import type { Session } from '../../api/auth.resource.ts';
import { FactList } from '../../components/fact-list.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';

export function AccountProfile({ session }: { session: Session }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Section id="profile" title={t('account.profile')}>
      <FactList
        facts={[
          { term: t('account.displayName'), value: session.user.displayName },
          { term: t('account.username'), value: <code>{session.user.username}</code> },
        ]}
      />
      <h3>{t('account.roles')}</h3>
      {session.grants.length === 0 ? (
        <p className="muted">{t('account.noRoles')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('account.role')}</th>
              <th scope="col">{t('account.site')}</th>
            </tr>
          </thead>
          <tbody>
            {session.grants.map((g) => (
              <tr key={`${g.role}@${g.siteId ?? '*'}`}>
                <td>{ROLE_LABELS[g.role]?.[locale] ?? g.role}</td>
                <td>{g.siteId ?? t('account.allSites')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
