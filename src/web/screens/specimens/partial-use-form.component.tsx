/**
 * Taking part of a specimen (POST /api/specimens/:id/uses): the quantity in the specimen's unit
 * with what remains shown beside it, the purpose and the time of the use. Each problem is said
 * beside its field (WCAG 3.3.1): checked first in the browser with the server's rules
 * (use-draft.ts), then whatever the server answers — a field error by its path, more than
 * remains (another use came first) on the quantity, a consent refusal on the purpose. On
 * success the remaining quantity is announced and every specimen view refreshes.
 */
import { type FormEvent, useState } from 'react';
import { USE_PURPOSES, type UsePurpose } from '../../../core/specimens/specimen-use-purposes.ts';
import type { ApiProblem } from '../../api/api-problem.ts';
import { useRecordUse } from '../../api/specimen-uses.resource.ts';
import type { SpecimenDetail } from '../../api/specimens.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { type TranslateFn, useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { localInputValue, withOffset } from '../safety/local-instant.ts';
import { checkUse, type UseProblem, type UseProblems } from './use-draft.ts';
import { usePurposeLabel } from './use-purpose-label.ts';

function problemText(t: TranslateFn, p: UseProblem): string {
  switch (p.key) {
    case 'uses.error.wholeUnits':
      return t(p.key, p.params);
    case 'uses.error.exceedsRemaining':
      return t(p.key, p.params);
    default:
      return t(p.key);
  }
}

/**
 * The server's conflicts that belong to one field (store/specimens/processing-repository.ts).
 * More than remains means another use came first: said with the remaining quantity as
 * refetched after the conflict (useRecordUse).
 */
function conflictOn(
  error: ApiProblem | null,
  field: 'quantity' | 'purpose',
  t: TranslateFn,
  s: SpecimenDetail,
) {
  if (error?.status !== 409) return [];
  if (field === 'quantity' && error.rule === 'quantity-exceeds-remaining')
    return [t('uses.error.exceedsRemaining', { remaining: s.remainingQuantity, unit: s.unit })];
  if (field === 'purpose' && error.rule === 'consent-genetic-testing')
    return [t('uses.error.consentGenetic')];
  if (field === 'purpose' && error.rule === 'consent-research-use')
    return [t('uses.error.consentResearch')];
  return [];
}

export function PartialUseForm({ specimen: s }: { specimen: SpecimenDetail }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const purposeLabel = usePurposeLabel();
  const use = useRecordUse(s.id);
  const [quantity, setQuantity] = useState('');
  const [purpose, setPurpose] = useState<UsePurpose>('protocol-test');
  const [occurredAt, setOccurredAt] = useState(() => localInputValue(new Date()));
  const [problems, setProblems] = useState<UseProblems>({});
  const [saved, setSaved] = useState<string | null>(null);
  const titleId = `use-${s.id}-title`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const at = withOffset(occurredAt);
    const found = checkUse({ quantity, occurredAt: at }, s, Date.now());
    setProblems(found);
    if (found.quantity || found.occurredAt || at === null) return;
    const taken = quantity.trim();
    use.mutate(
      { quantity: taken, purpose, occurredAt: at },
      {
        onSuccess: (after) => {
          setSaved(
            t('uses.saved', { quantity: taken, unit: s.unit, remaining: after.remainingQuantity }),
          );
          setQuantity('');
        },
      },
    );
  };
  const errorsOf = (field: 'quantity' | 'occurredAt' | 'purpose') => {
    const local = field === 'purpose' ? undefined : problems[field];
    return [
      ...(local ? [problemText(t, local)] : []),
      ...fieldMessages(use.error, field),
      ...(field === 'occurredAt' ? [] : conflictOn(use.error, field, t, s)),
    ];
  };
  const shownOnFields = ['quantity', 'purpose', 'occurredAt'].some(
    (f) => errorsOf(f as 'quantity').length > 0,
  );

  return (
    <form className="entry-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t('uses.formTitle', { label: s.label })}</h3>
      <div className="form-grid">
        <InputField
          label={t('uses.quantity', { unit: s.unit })}
          value={quantity}
          onChange={(v) => {
            setQuantity(v);
            setProblems((p) => ({ ...p, quantity: undefined }));
          }}
          required
          hint={t('uses.remainingHint', {
            remaining: s.remainingQuantity,
            initial: s.initialQuantity,
            unit: s.unit,
          })}
          errors={errorsOf('quantity')}
        />
        <ChoiceField<UsePurpose>
          label={t('uses.purpose')}
          value={purpose}
          onChange={setPurpose}
          errors={errorsOf('purpose')}
          options={USE_PURPOSES.map((p) => ({ value: p, label: purposeLabel(p) }))}
        />
        <InputField
          label={t('uses.occurredAt')}
          type="datetime-local"
          value={occurredAt}
          onChange={(v) => {
            setOccurredAt(v);
            setProblems((p) => ({ ...p, occurredAt: undefined }));
          }}
          required
          errors={errorsOf('occurredAt')}
        />
      </div>
      {use.isError && !shownOnFields ? <ProblemMessage error={use.error} /> : null}
      <button type="submit" className="button-primary" disabled={use.isPending}>
        {t('uses.save')}
      </button>
      <div role="status">{saved ? <p className="success">{saved}</p> : null}</div>
    </form>
  );
}
