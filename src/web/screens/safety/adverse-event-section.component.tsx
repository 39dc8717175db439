/**
 * Adverse events of a subject: the list (CTCAE term, grade, seriousness, the SAE 24 h clock)
 * and the entry form (coordinator, investigator) with CTCAE term suggestions, grade 1–5, the
 * ICH E2A seriousness criteria, causality, action taken and outcome. Editing loads the event
 * into the form and asks for the reason for change (the server refuses a change without one).
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  ACTIONS_TAKEN,
  AE_OUTCOMES,
  RELATEDNESS,
  SERIOUSNESS_CRITERIA,
} from '../../../core/safety-records/adverse-event.schema.ts';
import {
  type AdverseEvent,
  type AdverseEventInput,
  type SeriousnessCriterion,
  useAdverseEvents,
  useEditAdverseEvent,
  useRecordAdverseEvent,
} from '../../api/safety.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { AE_GRADES, CTCAE_TERM_SUGGESTIONS } from './ctcae-terms.ts';
import { ChoiceField, InputField } from './form-field.component.tsx';
import { GradeBadge } from './grade-badge.component.tsx';
import { localInputValue, localInputValueIn, withOffset, withZone } from './local-instant.ts';
import { SaeClockTag, SaeReports } from './sae-reports.component.tsx';

interface Draft {
  term: string;
  onsetDate: string;
  resolutionDate: string;
  grade: string;
  seriousCriteria: SeriousnessCriterion[];
  relatedness: AdverseEventInput['relatedness'];
  actionTaken: AdverseEventInput['actionTaken'];
  outcome: AdverseEventInput['outcome'];
  awarenessAt: string;
}

const EMPTY: Draft = {
  term: '',
  onsetDate: '',
  resolutionDate: '',
  grade: '1',
  seriousCriteria: [],
  relatedness: 'not-related',
  actionTaken: 'dose-not-changed',
  outcome: 'not-recovered',
  awarenessAt: '',
};

/**
 * Awareness is typed and shown in the site's time zone (the 24 h clock runs on the site's
 * awareness); the browser's zone only while the site's is not known yet.
 */
const toLocal = (instant: string, timeZone: string | undefined) =>
  timeZone ? localInputValueIn(instant, timeZone) : localInputValue(new Date(instant));
const fromLocal = (local: string, timeZone: string | undefined) =>
  timeZone ? withZone(local, timeZone) : withOffset(local);

function fromEvent(ae: AdverseEvent, timeZone: string | undefined): Draft {
  return {
    term: ae.term,
    onsetDate: ae.onsetDate,
    resolutionDate: ae.resolutionDate ?? '',
    grade: String(ae.grade),
    seriousCriteria: ae.seriousCriteria,
    relatedness: ae.relatedness,
    actionTaken: ae.actionTaken,
    outcome: ae.outcome,
    awarenessAt: ae.awarenessAt ? toLocal(ae.awarenessAt, timeZone) : '',
  };
}

function toInput(d: Draft, timeZone: string | undefined): AdverseEventInput {
  return {
    term: d.term.trim(),
    onsetDate: d.onsetDate,
    resolutionDate: d.resolutionDate || null,
    grade: Number(d.grade),
    seriousCriteria: d.seriousCriteria,
    relatedness: d.relatedness,
    actionTaken: d.actionTaken,
    outcome: d.outcome,
    awarenessAt: fromLocal(d.awarenessAt, timeZone),
  };
}

/** The fields that differ from the saved event (a PATCH sends only those). */
function changedFields(
  before: AdverseEvent,
  after: AdverseEventInput,
  timeZone: string | undefined,
): Partial<AdverseEventInput> {
  const out: Record<string, unknown> = {};
  const was = toInput(fromEvent(before, timeZone), timeZone);
  for (const k of Object.keys(after) as (keyof AdverseEventInput)[])
    if (JSON.stringify(after[k]) !== JSON.stringify(was[k])) out[k] = after[k];
  return out as Partial<AdverseEventInput>;
}

function SeriousnessChoice({
  value,
  onChange,
  errors,
}: {
  value: SeriousnessCriterion[];
  onChange(v: SeriousnessCriterion[]): void;
  errors: string[];
}) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={errors.length ? `${id}-e` : undefined}>
      <legend>{t('safetyScreen.ae.seriousness')}</legend>
      {SERIOUSNESS_CRITERIA.map((c) => (
        <label key={c} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(c)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, c] : value.filter((x) => x !== c))
            }
          />
          {t(`safetyScreen.serious.${c}`)}
        </label>
      ))}
      {errors.length ? (
        <p id={`${id}-e`} className="field-error">
          {errors.join('; ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function AdverseEventForm({
  subjectId,
  editing,
  timeZone,
  onDone,
}: {
  subjectId: string;
  editing: AdverseEvent | null;
  timeZone: string | undefined;
  onDone(): void;
}) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const record = useRecordAdverseEvent(subjectId);
  const edit = useEditAdverseEvent(subjectId);
  const [draft, setDraft] = useState<Draft>(editing ? fromEvent(editing, timeZone) : EMPTY);
  const [reason, setReason] = useState('');
  const [noChange, setNoChange] = useState(false);
  const active = editing ? edit : record;
  // "Edit" in the table moves keyboard and screen-reader focus to the form it filled
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) {
      title.current?.focus();
      title.current?.scrollIntoView({ block: 'start' });
    }
  }, [editing]);
  const errors = (k: string) => fieldMessages(active.error, k);
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = toInput(draft, timeZone);
    if (!editing) {
      record.mutate(input, { onSuccess: onDone });
      return;
    }
    const patch = changedFields(editing, input, timeZone);
    if (Object.keys(patch).length === 0) {
      setNoChange(true);
      return;
    }
    setNoChange(false);
    edit.mutate({ id: editing.id, patch, reason }, { onSuccess: onDone });
  };

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      <h3 ref={title} tabIndex={-1}>
        {editing
          ? t('safetyScreen.ae.editTitle', { term: editing.term })
          : t('safetyScreen.ae.new')}
      </h3>
      <div className="form-grid">
        <InputField
          label={t('safetyScreen.ae.term')}
          value={draft.term}
          onChange={set('term')}
          suggestions={CTCAE_TERM_SUGGESTIONS}
          required
          errors={errors('term')}
          hint={t('safetyScreen.ae.termHint')}
        />
        <ChoiceField
          label={t('safetyScreen.ae.grade')}
          value={draft.grade}
          onChange={set('grade')}
          errors={errors('grade')}
          options={AE_GRADES.map((g) => ({
            value: String(g),
            label: t(`safetyScreen.aeGrade.${g}`),
          }))}
        />
        <InputField
          label={t('safetyScreen.ae.onset')}
          type="date"
          value={draft.onsetDate}
          onChange={set('onsetDate')}
          required
          errors={errors('onsetDate')}
        />
        <InputField
          label={t('safetyScreen.ae.resolution')}
          type="date"
          value={draft.resolutionDate}
          onChange={set('resolutionDate')}
          errors={errors('resolutionDate')}
        />
        <ChoiceField
          label={t('safetyScreen.ae.relatedness')}
          value={draft.relatedness}
          onChange={set('relatedness')}
          errors={errors('relatedness')}
          options={RELATEDNESS.map((r) => ({ value: r, label: t(`safetyScreen.related.${r}`) }))}
        />
        <ChoiceField
          label={t('safetyScreen.ae.action')}
          value={draft.actionTaken}
          onChange={set('actionTaken')}
          errors={errors('actionTaken')}
          options={ACTIONS_TAKEN.map((a) => ({ value: a, label: t(`safetyScreen.action.${a}`) }))}
        />
        <ChoiceField
          label={t('safetyScreen.ae.outcome')}
          value={draft.outcome}
          onChange={set('outcome')}
          errors={errors('outcome')}
          options={AE_OUTCOMES.map((o) => ({ value: o, label: t(`safetyScreen.outcome.${o}`) }))}
        />
        <InputField
          label={t('safetyScreen.ae.awareness')}
          type="datetime-local"
          value={draft.awarenessAt}
          onChange={set('awarenessAt')}
          errors={errors('awarenessAt')}
          hint={
            timeZone
              ? `${t('safetyScreen.ae.awarenessHint')} ${t('safetyScreen.sae.siteTime', { zone: timeZone })}`
              : t('safetyScreen.ae.awarenessHint')
          }
        />
      </div>
      <SeriousnessChoice
        value={draft.seriousCriteria}
        onChange={set('seriousCriteria')}
        errors={errors('seriousCriteria')}
      />
      {editing ? (
        <InputField
          label={t('safetyScreen.reasonForChange')}
          value={reason}
          onChange={setReason}
          required
          errors={errors('reason')}
        />
      ) : null}
      {noChange ? <p className="field-error">{t('safetyScreen.ae.noChange')}</p> : null}
      {active.isError && !active.error.errors.length ? (
        <ProblemMessage error={active.error} />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={active.isPending}>
          {editing ? t('safetyScreen.ae.saveChange') : t('safetyScreen.ae.save')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={onDone}>
            {t('safetyScreen.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function AdverseEventSection({
  subjectId,
  canWrite,
  timeZone,
}: {
  subjectId: string;
  canWrite: boolean;
  /** The subject's site's IANA time zone; undefined while the sites load. */
  timeZone: string | undefined;
}) {
  const t = useT();
  const { locale } = useLocale();
  const list = useAdverseEvents(subjectId);
  const events = list.data?.adverseEvents;
  const [editing, setEditing] = useState<AdverseEvent | null>(null);
  // a new key remounts the form empty after each save or cancel
  const [formKey, setFormKey] = useState(0);
  const done = () => {
    setEditing(null);
    setFormKey((k) => k + 1);
  };

  return (
    <Section id="adverse-events" title={t('safetyScreen.ae.title')} className="panel-wide">
      {list.isPending ? <LoadingIndicator /> : null}
      {list.isError ? <ProblemMessage error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data?.deathConsistency.length ? (
        <ul className="problem" role="alert">
          {list.data.deathConsistency.map((i) => (
            <li key={`${i.path}-${i.rule}`}>{i.message}</li>
          ))}
        </ul>
      ) : null}
      {events?.length === 0 ? <p className="muted">{t('safetyScreen.ae.none')}</p> : null}
      {events?.length ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('safetyScreen.ae.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('safetyScreen.ae.term')}</th>
                <th scope="col">{t('safetyScreen.ae.grade')}</th>
                <th scope="col">{t('safetyScreen.ae.onset')}</th>
                <th scope="col">{t('safetyScreen.ae.seriousness')}</th>
                <th scope="col">{t('safetyScreen.ae.relatedness')}</th>
                <th scope="col">{t('safetyScreen.ae.outcome')}</th>
                {canWrite ? <th scope="col">{t('safetyScreen.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {events.map((ae) => (
                <tr key={ae.id}>
                  <td>{ae.term}</td>
                  <td>
                    <GradeBadge grade={ae.grade} />
                  </td>
                  <td>{formatCalendarDate(ae.onsetDate, locale)}</td>
                  <td>
                    {ae.serious ? (
                      <>
                        <span className="tag tag-strong">{t('safetyScreen.ae.sae')}</span>{' '}
                        {ae.seriousCriteria.map((c) => t(`safetyScreen.serious.${c}`)).join(', ')}
                        {ae.saeClock ? (
                          <>
                            {' '}
                            <SaeClockTag clock={ae.saeClock} />
                          </>
                        ) : null}
                      </>
                    ) : (
                      t('safetyScreen.ae.notSerious')
                    )}
                  </td>
                  <td>{t(`safetyScreen.related.${ae.relatedness}`)}</td>
                  <td>{t(`safetyScreen.outcome.${ae.outcome}`)}</td>
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => setEditing(ae)}
                        aria-label={t('safetyScreen.ae.editLabel', { term: ae.term })}
                      >
                        {t('safetyScreen.edit')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {events ? (
        <SaeReports subjectId={subjectId} events={events} timeZone={timeZone} canWrite={canWrite} />
      ) : null}
      {canWrite ? (
        <AdverseEventForm
          key={editing ? `edit-${editing.id}` : `new-${formKey}`}
          subjectId={subjectId}
          editing={editing}
          timeZone={timeZone}
          onDone={done}
        />
      ) : null}
    </Section>
  );
}
