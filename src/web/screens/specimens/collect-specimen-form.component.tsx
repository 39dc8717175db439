/**
 * Specimen collection at the subject's site (coordinator, investigator): subject, type,
 * quantity in the type's unit, when collected, and optionally a pre-printed label, the
 * temperature and a note. The server checks the main consent and generates a label when none
 * is given.
 */
import { type FormEvent, useState } from 'react';
import { SPECIMEN_TYPE_INFO, SPECIMEN_TYPES } from '../../../core/specimens/specimen-types.ts';
import {
  type Specimen,
  type SpecimenCollection,
  useCollectSpecimen,
} from '../../api/specimens.resource.ts';
import { subjectLabel, useSubjects } from '../../api/subjects.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { localInputValue, withOffset } from '../safety/local-instant.ts';

type SpecimenType = SpecimenCollection['type'];

export function CollectSpecimenForm({ onCollected }: { onCollected(s: Specimen): void }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const subjects = useSubjects({});
  const collect = useCollectSpecimen();
  const [subjectId, setSubjectId] = useState('');
  const [type, setType] = useState<SpecimenType>('whole-blood-edta');
  const [quantity, setQuantity] = useState('');
  const [collectedAt, setCollectedAt] = useState(() => localInputValue(new Date()));
  const [label, setLabel] = useState('');
  const [temperatureC, setTemperatureC] = useState('');
  const [notes, setNotes] = useState('');
  const errors = (k: string) => fieldMessages(collect.error, k);
  const chosen = subjectId || subjects.data?.[0]?.id || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: SpecimenCollection = {
      subjectId: chosen,
      type,
      quantity: quantity.trim(),
      collectedAt: withOffset(collectedAt) ?? collectedAt,
      ...(label.trim() ? { label: label.trim() } : {}),
      ...(temperatureC.trim() ? { temperatureC: temperatureC.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    collect.mutate(body, {
      onSuccess: (s) => {
        onCollected(s);
        setQuantity('');
        setLabel('');
        setNotes('');
      },
    });
  };

  return (
    <Section id="collect" title={t('specimens.collect.title')} className="panel-wide">
      <form className="entry-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <ChoiceField
            label={t('specimens.subject')}
            value={chosen}
            onChange={setSubjectId}
            errors={errors('subjectId')}
            options={(subjects.data ?? []).map((s) => ({ value: s.id, label: subjectLabel(s) }))}
          />
          <ChoiceField<SpecimenType>
            label={t('specimens.type')}
            value={type}
            onChange={setType}
            errors={errors('type')}
            options={SPECIMEN_TYPES.map((v) => ({ value: v, label: t(`specimens.types.${v}`) }))}
          />
          <InputField
            label={t('specimens.collect.quantity', { unit: SPECIMEN_TYPE_INFO[type].unit })}
            value={quantity}
            onChange={setQuantity}
            required
            errors={errors('quantity')}
          />
          <InputField
            label={t('specimens.collect.collectedAt')}
            type="datetime-local"
            value={collectedAt}
            onChange={setCollectedAt}
            required
            errors={errors('collectedAt')}
          />
          <InputField
            label={t('specimens.collect.label')}
            value={label}
            onChange={setLabel}
            errors={errors('label')}
            hint={t('specimens.collect.labelHint')}
          />
          <InputField
            label={t('specimens.collect.temperature')}
            value={temperatureC}
            onChange={setTemperatureC}
            errors={errors('temperatureC')}
          />
          <InputField
            label={t('specimens.collect.notes')}
            value={notes}
            onChange={setNotes}
            errors={errors('notes')}
          />
        </div>
        {collect.isError && !collect.error.errors.length ? (
          <ProblemMessage error={collect.error} />
        ) : null}
        <button type="submit" className="button-primary" disabled={collect.isPending}>
          {t('specimens.collect.save')}
        </button>
        {collect.data ? (
          <p role="status" className="success">
            {t('specimens.collect.saved', { label: collect.data.label })}
          </p>
        ) : null}
      </form>
    </Section>
  );
}
