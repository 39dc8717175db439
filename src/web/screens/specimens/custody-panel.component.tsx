/**
 * One specimen's chain of custody (every step: what, from → to, where, when, by whom) and the
 * end-of-life steps a handler may take on it: use up, destroy, distribute (POST
 * /api/specimens/:id/custody). Each action is offered as the core transition table allows it
 * (core/specimens/custody-transitions.ts, the same the server runs): an impossible one stays
 * focusable but aria-disabled, with the reason in words linked to it, so a keyboard or
 * screen-reader user learns why. Taking a step asks for confirmation and a reason (the server
 * requires one to destroy; distribution also names the recipient and the purpose); the history
 * shows the new step once saved.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Role } from '../../../core/access/roles.ts';
import {
  CUSTODY_TRANSITIONS,
  type CustodyState,
  custodyTransition,
} from '../../../core/specimens/custody-transitions.ts';
import { useSession } from '../../api/auth.resource.ts';
import { useSites } from '../../api/sites.resource.ts';
import {
  type CustodyStep,
  type SpecimenDetail,
  useCustodyStep,
  useSpecimenDetail,
} from '../../api/specimens.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { TextAreaField } from '../../components/text-area-field.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';

const STEPS = ['consume', 'destroy', 'distribute'] as const;
type Step = (typeof STEPS)[number];

/** src/server/routes/specimen-access.ts HANDLERS. */
const HANDLERS: readonly Role[] = ['coordinator', 'investigator', 'biobank-technician'];

type Availability = { kind: 'allowed' } | { kind: 'refused'; why: string };

/** Whether the user may take `step` on the specimen now, and why not in the user's language. */
function useAvailability(s: SpecimenDetail) {
  const t = useT();
  const session = useSession();
  const sites = useSites();
  const holder = sites.data?.find((x) => x.id === s.custodySiteId);
  const place = holder?.isCentralBiobank ? 'biobank' : 'site';
  const handles = session.data?.grants.some(
    (g) => HANDLERS.includes(g.role) && (g.siteId === null || g.siteId === s.custodySiteId),
  );
  return (step: Step): Availability => {
    const state = (st: CustodyState) => t(`specimens.state.${st}`);
    const o = custodyTransition(s.state, step, place);
    if (o.kind === 'refused') {
      switch (o.rule) {
        case 'custody-terminal-state':
          return { kind: 'refused', why: t('custody.why.terminal', { state: state(s.state) }) };
        case 'custody-wrong-place':
          return {
            kind: 'refused',
            why: t(place === 'site' ? 'custody.why.onlyBiobank' : 'custody.why.onlySite'),
          };
        default:
          return {
            kind: 'refused',
            why: t('custody.why.fromStates', {
              state: state(s.state),
              states: CUSTODY_TRANSITIONS[step].from.map(state).join(' / '),
            }),
          };
      }
    }
    if (!handles)
      return { kind: 'refused', why: t('custody.why.heldElsewhere', { site: holder?.code ?? '' }) };
    return { kind: 'allowed' };
  };
}

function StepForm({
  specimen,
  step,
  onSaved,
  onCancel,
}: {
  specimen: SpecimenDetail;
  step: Step;
  onSaved(): void;
  onCancel(): void;
}) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const take = useCustodyStep();
  const [reason, setReason] = useState('');
  const [recipient, setRecipient] = useState('');
  const [purpose, setPurpose] = useState<'research' | 'return'>('research');
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const required = (k: string) => (missing.has(k) ? [t('custody.required')] : []);
  // a "Required." note goes as soon as something is typed in its field
  const typing = (k: string, setter: (v: string) => void) => (v: string) => {
    setter(v);
    setMissing((m) => new Set([...m].filter((x) => x !== k)));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = new Set<string>();
    if (!reason.trim()) found.add('reason');
    if (step === 'distribute' && !recipient.trim()) found.add('recipient');
    setMissing(found);
    if (found.size) return;
    const body: CustodyStep =
      step === 'distribute'
        ? { action: step, recipient: recipient.trim(), purpose, reason: reason.trim() }
        : { action: step, reason: reason.trim() };
    take.mutate({ specimenId: specimen.id, step: body }, { onSuccess: onSaved });
  };

  return (
    <form
      className="entry-form custody-confirm"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${specimen.id}-${step}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id={`${specimen.id}-${step}-title`} ref={title} tabIndex={-1}>
        {t(`custody.confirm.${step}`, { label: specimen.label })}
      </h3>
      <p>
        {t('custody.confirmWarning', {
          from: t(`specimens.state.${specimen.state}`),
          to: t(`specimens.state.${CUSTODY_TRANSITIONS[step].to}`),
        })}
      </p>
      {step === 'distribute' ? (
        <div className="form-grid">
          <InputField
            label={t('custody.recipient')}
            value={recipient}
            onChange={typing('recipient', setRecipient)}
            required
            errors={[...required('recipient'), ...fieldMessages(take.error, 'recipient')]}
          />
          <ChoiceField<'research' | 'return'>
            label={t('custody.purpose')}
            value={purpose}
            onChange={setPurpose}
            errors={fieldMessages(take.error, 'purpose')}
            options={[
              { value: 'research', label: t('custody.purpose.research') },
              { value: 'return', label: t('custody.purpose.return') },
            ]}
          />
        </div>
      ) : null}
      <TextAreaField
        name="reason"
        label={t('custody.reason')}
        value={reason}
        onChange={typing('reason', setReason)}
        required
        errors={[...required('reason'), ...fieldMessages(take.error, 'reason')]}
      />
      {take.isError && !take.error.errors.length ? <ProblemMessage error={take.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={take.isPending}>
          {t(`custody.do.${step}`, { label: specimen.label })}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('custody.cancel')}
        </button>
      </div>
    </form>
  );
}

function StepButton({
  step,
  availability,
  onChoose,
}: {
  step: Step;
  availability: Availability;
  onChoose(): void;
}) {
  const t = useT();
  const id = useId();
  const refused = availability.kind === 'refused';
  return (
    <div className="custody-action">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={refused ? true : undefined}
        aria-describedby={refused ? `${id}-why` : undefined}
        onClick={refused ? undefined : onChoose}
      >
        {t(`custody.action.${step}`)}
      </button>
      {refused ? (
        <p id={`${id}-why`} className="field-hint">
          {availability.why}
        </p>
      ) : null}
    </div>
  );
}

export function CustodyPanel({ specimenId, canAct }: { specimenId: string; canAct: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const detail = useSpecimenDetail(specimenId);
  const [step, setStep] = useState<Step | null>(null);
  const [done, setDone] = useState<Step | null>(null);
  const s = detail.data;
  const availability = useAvailabilityOrNull(s);

  if (detail.isPending) return <LoadingIndicator />;
  if (detail.isError)
    return <ProblemMessage error={detail.error} onRetry={() => detail.refetch()} />;
  if (!s || !availability) return null;
  return (
    <div className="custody-panel">
      <p>
        {t('custody.now', {
          label: s.label,
          state: t(`specimens.state.${s.state}`),
          remaining: `${s.remainingQuantity} / ${s.initialQuantity} ${s.unit}`,
        })}
      </p>
      <div role="status">
        {done ? <p className="success">{t(`custody.done.${done}`, { label: s.label })}</p> : null}
      </div>
      {canAct && step === null ? (
        <fieldset className="custody-actions">
          <legend className="visually-hidden">{t('custody.actions')}</legend>
          {STEPS.map((a) => (
            <StepButton
              key={a}
              step={a}
              availability={availability(a)}
              onChoose={() => {
                setDone(null);
                setStep(a);
              }}
            />
          ))}
        </fieldset>
      ) : null}
      {canAct && step ? (
        <StepForm
          key={step}
          specimen={s}
          step={step}
          onSaved={() => {
            setDone(step);
            setStep(null);
          }}
          onCancel={() => setStep(null)}
        />
      ) : null}
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('custody.history', { label: s.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('custody.when')}</th>
              <th scope="col">{t('custody.step')}</th>
              <th scope="col">{t('custody.fromTo')}</th>
              <th scope="col">{t('custody.where')}</th>
              <th scope="col">{t('custody.by')}</th>
              <th scope="col">{t('custody.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {s.custody.map((e) => (
              <tr key={`${e.recordedAt}-${e.action}-${e.to}`}>
                <td>{formatInstant(e.occurredAt, locale)}</td>
                <td>{t(stepKey(e.action))}</td>
                <td>
                  {e.from ? `${t(`specimens.state.${e.from}`)} → ` : ''}
                  {t(`specimens.state.${e.to}`)}
                </td>
                <td>{e.where}</td>
                <td>{e.by}</td>
                <td>{e.notes ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The hook needs a specimen; before it loads, none (hooks run on every render). */
function useAvailabilityOrNull(s: SpecimenDetail | undefined) {
  const placeholder = {
    state: 'collected',
    custodySiteId: '',
  } as SpecimenDetail;
  const of = useAvailability(s ?? placeholder);
  return s ? of : null;
}

const STEP_KEYS = {
  collect: 'custody.step.collect',
  process: 'custody.step.process',
  'store-at-site': 'custody.step.store-at-site',
  ship: 'custody.step.ship',
  receive: 'custody.step.receive',
  store: 'custody.step.store',
  relocate: 'custody.step.relocate',
  distribute: 'custody.step.distribute',
  consume: 'custody.step.consume',
  destroy: 'custody.step.destroy',
} as const;

function stepKey(action: string) {
  return STEP_KEYS[action as keyof typeof STEP_KEYS] ?? 'custody.step.other';
}
