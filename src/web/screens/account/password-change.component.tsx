/**
 * Password change: current password, new one twice (checked to match here; the policy — length,
 * common passwords, not the user name — is the server's, shown beside the field it names).
 */
import { type FormEvent, useState } from 'react';
import { useChangePassword } from '../../api/account.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { TextField } from '../../components/text-field.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';

export function PasswordChange() {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    change.reset(); // the last answer's errors no longer describe what is typed now
    if (next !== again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setAgain('');
        },
      },
    );
  };

  return (
    <Section id="password" title={t('account.password')}>
      <p className="muted">{t('account.passwordHint')}</p>
      {change.isSuccess ? (
        <p className="success" role="status">
          {t('account.passwordChanged')}
        </p>
      ) : null}
      {change.isError ? (
        <ProblemMessage error={change.error} summary={t('account.passwordFailed')} />
      ) : null}
      <form onSubmit={submit} className="narrow-form">
        <TextField
          name="currentPassword"
          type="password"
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
          errors={fieldMessages(change.error, 'currentPassword')}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('account.newPassword')}
          autoComplete="new-password"
          required
          value={next}
          onChange={setNext}
          errors={fieldMessages(change.error, 'newPassword')}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          value={again}
          onChange={(v) => {
            setAgain(v);
            setMismatch(false);
          }}
          errors={mismatch ? [t('account.passwordMismatch')] : []}
        />
        <button type="submit" className="button-primary" disabled={change.isPending}>
          {change.isPending ? t('account.saving') : t('account.savePassword')}
        </button>
      </form>
    </Section>
  );
}
