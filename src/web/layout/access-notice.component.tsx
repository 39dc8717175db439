/** What a user sees on a screen their session does not open: sign in, or not for your roles. */
import { useT } from '../i18n/i18n.context.tsx';
import { Link } from '../router/link.component.tsx';

export function AccessNotice({
  kind,
  path,
}: {
  kind: 'sign-in-required' | 'forbidden';
  path: string;
}) {
  const t = useT();
  const signIn = kind === 'sign-in-required';
  return (
    <section className="notice" aria-labelledby="access-title">
      <h1 id="access-title" tabIndex={-1}>
        {t(signIn ? 'access.signInRequiredTitle' : 'access.forbiddenTitle')}
      </h1>
      <p>{t(signIn ? 'access.signInRequired' : 'access.forbidden')}</p>
      {signIn ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(path)}`}>{t('header.signIn')}</Link>
        </p>
      ) : null}
    </section>
  );
}
