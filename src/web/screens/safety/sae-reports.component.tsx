/**
 * The serious adverse events of a subject on their 24 h reporting clock (ICH E2A): each with
 * the site's awareness, the due time and the clock's state (reported on time or late, pending,
 * at risk, overdue), all in the SITE's local time (the site reports on its own clock, whatever
 * the zone of the computer in use). A coordinator or investigator records when the report went
 * to the sponsor (once: the server refuses a second report); the server's answer (before
 * awareness, in the future) is shown beside the time field.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { type AdverseEvent, useRecordSaeReport } from '../../api/safety.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { InputField } from './form-field.component.tsx';
import { localInputValueIn, withZone } from './local-instant.ts';
import { type SaeClockDisplay, saeClockDisplay } from './sae-clock-display.ts';

/** The browser clock, ticking each `everyMs` so a countdown moves while the screen is open. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** The clock's state as words, e.g. "At risk: 3 h 05 min left". */
function useSaeClockText() {
  const t = useT();
  return (d: SaeClockDisplay) =>
    t(`safetyScreen.saeClock.${d.kind}`, {
      time: t('safetyScreen.sae.hoursMinutes', {
        h: Math.floor(d.minutes / 60),
        m: String(d.minutes % 60).padStart(2, '0'),
      }),
    });
}

/** The clock's state as a tag, counting down while the screen is open. */
export function SaeClockTag({ clock }: { clock: Parameters<typeof saeClockDisplay>[0] }) {
  const now = useNow(30_000);
  const d = saeClockDisplay(clock, now);
  return <span className={`tag sae-clock sae-clock-${d.kind}`}>{useSaeClockText()(d)}</span>;
}

function SaeReportForm({
  subjectId,
  ae,
  timeZone,
}: {
  subjectId: string;
  ae: AdverseEvent;
  timeZone: string;
}) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const report = useRecordSaeReport(subjectId);
  const [at, setAt] = useState(() => localInputValueIn(Date.now(), timeZone));
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const reportedAt = withZone(at, timeZone);
    setMissing(reportedAt === null);
    if (reportedAt) report.mutate({ id: ae.id, reportedAt });
  };
  return (
    <form
      className="entry-form sae-report-form"
      onSubmit={submit}
      noValidate
      aria-label={t('safetyScreen.sae.formLabel', { term: ae.term })}
    >
      <InputField
        label={t('safetyScreen.sae.reportedAt')}
        type="datetime-local"
        value={at}
        onChange={setAt}
        required
        hint={t('safetyScreen.sae.siteTime', { zone: timeZone })}
        errors={[
          ...(missing ? [t('safetyScreen.sae.reportedAtRequired')] : []),
          ...fieldMessages(report.error, 'reportedAt'),
        ]}
      />
      <button type="submit" className="button-primary" disabled={report.isPending}>
        {t('safetyScreen.sae.record')}
      </button>
      {report.isError && !report.error.errors.length ? (
        <ProblemMessage error={report.error} />
      ) : null}
    </form>
  );
}

export function SaeReports({
  subjectId,
  events,
  timeZone,
  canWrite,
}: {
  subjectId: string;
  events: readonly AdverseEvent[];
  /** The site's IANA time zone; undefined while the sites load. */
  timeZone: string | undefined;
  canWrite: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const saes = events.filter((ae) => ae.saeClock && ae.awarenessAt);
  if (saes.length === 0) return null;
  const when = (iso: string) => formatInstant(iso, locale, timeZone);
  return (
    <div className="sae-reports">
      <h3>{t('safetyScreen.sae.clockTitle')}</h3>
      {timeZone ? (
        <p className="muted">{t('safetyScreen.sae.siteTime', { zone: timeZone })}</p>
      ) : null}
      <ul className="record-list">
        {saes.map((ae) => {
          const clock = ae.saeClock as NonNullable<AdverseEvent['saeClock']>;
          return (
            <li key={ae.id}>
              <strong>{ae.term}</strong> <SaeClockTag clock={clock} />
              <p>
                {t('safetyScreen.sae.awareDue', {
                  aware: when(ae.awarenessAt as string),
                  due: when(clock.dueAt),
                })}
              </p>
              {ae.saeReportedAt ? (
                <p>{t('safetyScreen.sae.reportedOn', { when: when(ae.saeReportedAt) })}</p>
              ) : canWrite && timeZone ? (
                <SaeReportForm subjectId={subjectId} ae={ae} timeZone={timeZone} />
              ) : (
                <p>{t('safetyScreen.sae.notReported')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
