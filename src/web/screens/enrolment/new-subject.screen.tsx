/**
 * Screen a new subject: the site (one of the sites where I may screen — my coordinator or
 * investigator grants; a study-wide grant offers every clinical site), the screening number and
 * the demographics (SDTM DM terms; birth date YYYY, YYYY-MM or YYYY-MM-DD). Checked with the
 * server's schema before sending; then the subject's screening file opens.
 */
import { type FormEvent, useState } from 'react';
import {
  ETHNICITY,
  newSubjectSchema,
  RACE,
  SEX,
} from '../../../core/subjects/screening-input.schema.ts';
import { useSession } from '../../api/auth.resource.ts';
import { useScreenSubject } from '../../api/screening.resource.ts';
import { type SiteSummary, useSites } from '../../api/sites.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';
import { navigate } from '../../router/location-store.ts';
import { ENTRY_WRITERS } from '../entry/entry.routes.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { type FieldErrors, isFieldProblem } from './schema-errors.ts';
import { useSchemaErrors } from './use-schema-errors.ts';
import '../safety/safety.css';
import './enrolment.css';

const writer: ReadonlySet<string> = new Set(ENTRY_WRITERS);

/** The clinical sites where these grants allow screening (null site: study-wide). */
export function screeningSites(
  grants: readonly { role: string; siteId: string | null }[],
  sites: readonly SiteSummary[],
): SiteSummary[] {
  const mine = grants.filter((g) => writer.has(g.role));
  const all = mine.some((g) => g.siteId === null);
  return sites.filter((s) => !s.isCentralBiobank && (all || mine.some((g) => g.siteId === s.id)));
}

export function NewSubjectScreen() {
  const { validate, messagesFor } = useSchemaErrors();
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('screening.newTitle'));
  const session = useSession();
  const sites = useSites();
  const screen = useScreenSubject();
  const [draft, setDraft] = useState({
    siteId: '',
    screeningNumber: '',
    sex: '',
    birthDate: '',
    ethnicity: '',
    race: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  if (sites.error) return <ProblemMessage error={sites.error} />;
  if (!sites.data || !session.data) return <LoadingIndicator />;
  const choices = screeningSites(session.data.grants, sites.data);
  const siteId = draft.siteId || choices[0]?.id || '';
  const set = (k: keyof typeof draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (k: string) => messagesFor(errors, screen.error, k);
  const notGiven = { value: '', label: t('screening.notGiven') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      siteId,
      screeningNumber: draft.screeningNumber,
      ...(draft.sex ? { sex: draft.sex } : {}),
      ...(draft.birthDate.trim() ? { birthDate: draft.birthDate.trim() } : {}),
      ...(draft.ethnicity ? { ethnicity: draft.ethnicity } : {}),
      ...(draft.race ? { race: draft.race } : {}),
    };
    const v = validate(newSubjectSchema, input);
    setErrors(v.ok ? {} : v.errors);
    if (!v.ok) return;
    screen.mutate(v.value, {
      onSuccess: (s) => navigate(`/subjects/${encodeURIComponent(s.id)}/screening`),
    });
  };

  return (
    <div className="screening">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="/screening">{t('screening.backToList')}</Link>
        </p>
        <h1>{t('screening.newTitle')}</h1>
        <p className="lead">{t('screening.newIntro')}</p>
      </header>
      {choices.length === 0 ? (
        <p className="notice">{t('screening.noSite')}</p>
      ) : (
        <form className="panel" onSubmit={submit} noValidate aria-label={t('screening.newTitle')}>
          <div className="form-grid">
            <ChoiceField
              label={t('screening.site')}
              value={siteId}
              onChange={set('siteId')}
              required
              errors={err('siteId')}
              options={choices.map((s) => ({
                value: s.id,
                label: `${s.code} · ${locale === 'zh-CN' && s.nameZh ? s.nameZh : s.name}`,
              }))}
            />
            <InputField
              label={t('screening.screeningNumber')}
              value={draft.screeningNumber}
              onChange={set('screeningNumber')}
              required
              errors={err('screeningNumber')}
              hint={t('screening.screeningNumberHint')}
            />
            <ChoiceField
              label={t('screening.sex')}
              value={draft.sex}
              onChange={set('sex')}
              errors={err('sex')}
              options={[
                notGiven,
                ...SEX.map((s) => ({ value: s, label: t(`screening.sex.${s}`) })),
              ]}
            />
            <InputField
              label={t('screening.birthDate')}
              value={draft.birthDate}
              onChange={set('birthDate')}
              errors={err('birthDate')}
              hint={t('screening.birthDateHint')}
            />
            <ChoiceField
              label={t('screening.ethnicity')}
              value={draft.ethnicity}
              onChange={set('ethnicity')}
              errors={err('ethnicity')}
              options={[
                notGiven,
                ...ETHNICITY.map((s) => ({ value: s, label: t(`screening.ethnicity.${s}`) })),
              ]}
            />
            <ChoiceField
              label={t('screening.race')}
              value={draft.race}
              onChange={set('race')}
              errors={err('race')}
              options={[
                notGiven,
                ...RACE.map((s) => ({ value: s, label: t(`screening.race.${s}`) })),
              ]}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={screen.isPending}>
              {screen.isPending ? t('entry.saving') : t('screening.create')}
            </button>
          </div>
          {screen.isError && !isFieldProblem(screen.error) ? (
            <ProblemMessage error={screen.error} summary={t('screening.notCreated')} />
          ) : null}
        </form>
      )}
    </div>
  );
}
