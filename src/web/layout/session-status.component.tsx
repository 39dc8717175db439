/**
 * Sign-in state in the header: the signed-in user's name and roles with a sign-out button, or
 * a sign-in link that comes back to the current page.
 */
import { ROLE_LABELS } from '../../core/access/roles.ts';
import { useLogout, useSession } from '../api/auth.resource.ts';
import { siteCodeOf, useSites } from '../api/sites.resource.ts';
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import { Link } from '../router/link.component.tsx';
import { navigate, useLocation } from '../router/location-store.ts';

export function SessionStatus() {
  const t = useT();
  const { locale } = useLocale();
  const session = useSession();
  const logout = useLogout();
  const { pathname } = useLocation();
  // site roles name the site by its code, once the site list (signed-in only) is in
  const sites = useSites(Boolean(session.data?.grants.some((g) => g.siteId !== null)));

  const s = session.data;
  if (!s) {
    if (pathname === '/sign-in') return null;
    const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname)}`;
    return (
      <Link className="session-link" to={`/sign-in${next}`}>
        {t('header.signIn')}
      </Link>
    );
  }
  const roles = s.grants
    .map((g) => {
      const role = ROLE_LABELS[g.role]?.[locale] ?? g.role;
      return g.siteId === null
        ? t('header.roleStudyWide', { role })
        : t('header.roleAtSite', { role, site: siteCodeOf(sites.data, g.siteId) });
    })
    .join('; ');
  return (
    <div className="session-status">
      <span className="session-user">
        <span className="session-name">{s.user.displayName}</span>
        {roles ? (
          <span className="session-roles">
            <span className="visually-hidden">{t('header.roles')}: </span>
            {roles}
          </span>
        ) : null}
      </span>
      <button
        type="button"
        className="button-secondary"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}
      >
        {t('header.signOut')}
      </button>
    </div>
  );
}
