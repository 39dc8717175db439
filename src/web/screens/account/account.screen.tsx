/**
 * The signed-in user's account: name, roles per site, open sessions, password change
 * (issue 9: "Sign-in and account (password change, sessions)").
 */
import { useSession } from '../../api/auth.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { AccountProfile } from './account-profile.component.tsx';
import { OpenSessions } from './open-sessions.component.tsx';
import { PasswordChange } from './password-change.component.tsx';

export function AccountScreen() {
  const t = useT();
  useDocumentTitle(t('account.title'));
  const session = useSession();
  // the route table only opens this screen to a signed-in user; this waits for the answer
  if (!session.data) return <LoadingIndicator />;
  return (
    <div className="account">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
      </header>
      <div className="panel-grid">
        <AccountProfile session={session.data} />
        <PasswordChange />
        <OpenSessions />
      </div>
    </div>
  );
}
