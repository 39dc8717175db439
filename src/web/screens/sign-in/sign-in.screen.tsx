/**
 * Sign-in: username and password to POST /api/auth/login. A refusal (401) shows the server's
 * detail; field errors (400) are shown beside their inputs and linked with aria-describedby.
 * On success the user returns to the page that sent them here (`?next=`, same-app paths only).
 */
import { type FormEvent, useState } from 'react';
import { useLogin, useSession } from '../../api/auth.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextField } from '../../components/text-field.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { Link } from '../../router/link.component.tsx';
import { navigate, safeInternalPath, useLocation } from '../../router/location-store.ts';

export function SignInScreen() {
  const fieldMessages = useFieldMessages();
  const t = useT();
  useDocumentTitle(t('signIn.title'));
  const { search } = useLocation();
  const session = useSession();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = safeInternalPath(search.get('next'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    login.mutate({ username, password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {session.data ? (
        <p>
          {t('signIn.signedInAs', { name: session.data.user.displayName })}{' '}
          <Link to={next}>{t('notFound.home')}</Link>
        </p>
      ) : null}
      <p className="muted">{t('signIn.intro')}</p>
      {login.isError ? <ProblemMessage error={login.error} summary={t('signIn.failed')} /> : null}
      <form onSubmit={submit}>
        <TextField
          name="username"
          label={t('signIn.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
          errors={fieldMessages(login.error, 'username')}
        />
        <TextField
          name="password"
          type="password"
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          errors={fieldMessages(login.error, 'password')}
        />
        <button type="submit" className="button-primary" disabled={login.isPending}>
          {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
