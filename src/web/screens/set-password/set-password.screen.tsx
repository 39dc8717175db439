/**
 * The page a one-time activation or reset link opens (`/set-password?token=…`): the user — and
 * only the user — chooses a password. The server applies the password policy and names the rule
 * that refused a weak one; the token dies with its first use.
 */
import { type FormEvent, useState } from 'react';
import { useSetPassword } from '../../api/set-password.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextField } from '../../components/text-field.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { Link } from '../../router/link.component.tsx';
import { useLocation } from '../../router/location-store.ts';

export function SetPasswordScreen() {
  const fieldMessages = useFieldMessages();
  const t = useT();
  useDocumentTitle(t('setPassword.title'));
  const token = useLocation().search.get('token') ?? '';
  const save = useSetPassword();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    save.mutate({ token, password });
  };

  if (save.isSuccess)
    return (
      <section className="sign-in" aria-labelledby="set-password-title">
        <h1 id="set-password-title">{t('setPassword.title')}</h1>
        <p role="status">{t('setPassword.done')}</p>
        <Link to="/sign-in">{t('setPassword.signIn')}</Link>
      </section>
    );

  return (
    <section className="sign-in" aria-labelledby="set-password-title">
      <h1 id="set-password-title">{t('setPassword.title')}</h1>
      {token ? (
        <p className="muted">{t('setPassword.intro')}</p>
      ) : (
        <p role="alert">{t('setPassword.noToken')}</p>
      )}
      {save.isError ? (
        <ProblemMessage error={save.error} summary={t('setPassword.failed')} />
      ) : null}
      <form onSubmit={submit}>
        <TextField
          name="password"
          type="password"
          label={t('setPassword.password')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          errors={[...fieldMessages(save.error, 'password'), ...fieldMessages(save.error, 'token')]}
        />
        <TextField
          name="repeat"
          type="password"
          label={t('setPassword.repeat')}
          value={repeat}
          onChange={setRepeat}
          autoComplete="new-password"
          required
          errors={mismatch ? [t('setPassword.mismatch')] : []}
        />
        <button type="submit" className="button-primary" disabled={save.isPending || !token}>
          {save.isPending ? t('setPassword.submitting') : t('setPassword.submit')}
        </button>
      </form>
    </section>
  );
}
