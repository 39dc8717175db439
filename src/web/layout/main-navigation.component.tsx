/**
 * The main navigation: the screens of the route table this user may see (role-aware), the
 * current one marked with aria-current.
 */
import { useSession } from '../api/auth.resource.ts';
import { useT } from '../i18n/i18n.context.tsx';
import { appRoutes, navigationItems } from '../router/app-routes.ts';
import { Link } from '../router/link.component.tsx';

export function MainNavigation() {
  const t = useT();
  const session = useSession();
  const items = navigationItems(appRoutes, session.data ?? null);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <Link to={r.path}>{t(r.navLabel)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
