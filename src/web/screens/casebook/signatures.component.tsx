/**
 * The subject's e-signatures (printed name, meaning, UTC time shown locally, valid or broken by
 * a later edit) and, for investigators, signing the casebook: meaning chosen, password
 * re-entered (21 CFR 11.200: both components of the signature at each signing).
 */
import { type FormEvent, useState } from 'react';
import {
  SIGNATURE_MEANINGS,
  type SignatureMeaning,
  useSignatures,
  useSignCasebook,
} from '../../api/casebook.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { SelectField } from '../../components/select-field.component.tsx';
import { TextField } from '../../components/text-field.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';

export function Signatures({ subjectId }: { subjectId: string }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const { locale } = useLocale();
  const signatures = useSignatures(subjectId);
  const canSign = useHasRole(['investigator']);
  const sign = useSignCasebook();
  const [meaning, setMeaning] = useState<SignatureMeaning>('I approve');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    sign.mutate({ subjectId, meaning, password }, { onSettled: () => setPassword('') });
  };

  return (
    <Section id="signatures" title={t('casebook.signatures')}>
      {signatures.isPending ? <LoadingIndicator /> : null}
      {signatures.isError ? <ProblemMessage error={signatures.error} /> : null}
      {signatures.data?.length === 0 ? <p className="muted">{t('casebook.noSignatures')}</p> : null}
      {signatures.data && signatures.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('casebook.signer')}</th>
              <th scope="col">{t('casebook.meaning')}</th>
              <th scope="col">{t('casebook.signedAt')}</th>
              <th scope="col">{t('casebook.signatureStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {signatures.data.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.signerName}</th>
                <td lang="en">{s.meaning}</td>
                <td>{formatInstant(s.signedAt, locale)}</td>
                <td>
                  <span className={`tag status-${s.status}`}>
                    {t(`casebook.signature.${s.status}`)}
                  </span>
                  {s.brokenReason ? <span className="muted"> {s.brokenReason}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canSign ? (
        <form className="narrow-form sign-form" onSubmit={submit}>
          <h3>{t('casebook.signTitle')}</h3>
          <p className="muted">{t('casebook.signHint')}</p>
          {sign.isSuccess ? (
            <p className="success" role="status">
              {t('casebook.signed')}
            </p>
          ) : null}
          {sign.isError ? (
            <ProblemMessage error={sign.error} summary={t('casebook.signFailed')} />
          ) : null}
          <SelectField<SignatureMeaning>
            label={t('casebook.meaning')}
            value={meaning}
            onChange={setMeaning}
            options={SIGNATURE_MEANINGS.map((m) => ({
              value: m,
              label: t(`casebook.meaning.${m}`),
            }))}
          />
          <TextField
            name="password"
            type="password"
            label={t('casebook.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            errors={fieldMessages(sign.error, 'password')}
          />
          <button type="submit" className="button-primary" disabled={sign.isPending}>
            {t('casebook.sign')}
          </button>
        </form>
      ) : null}
    </Section>
  );
}
