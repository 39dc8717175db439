/** The banner: product name and the study's short title, language switch, sign-in state. */
import { useStudy } from '../api/study.resource.ts';
import { useLocalised, useT } from '../i18n/i18n.context.tsx';
import { Link } from '../router/link.component.tsx';
import { LanguageSwitch } from './language-switch.component.tsx';
import { MainNavigation } from './main-navigation.component.tsx';
import { SessionStatus } from './session-status.component.tsx';

export function SiteHeader() {
  const t = useT();
  const local = useLocalised();
  const study = useStudy();
  const shortTitle = study.data ? local(study.data.definition.shortTitle) : null;
  return (
    <header className="site-header">
      <div className="header-bar">
        <div className="brand">
          <Link to="/" className="brand-name">
            {t('app.name')}
          </Link>
          {shortTitle ? <span className="brand-study">{shortTitle}</span> : null}
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          <SessionStatus />
        </div>
      </div>
      <MainNavigation />
    </header>
  );
}
