/**
 * Shipment manifest creation (coordinator, investigator): the specimens still at the site are
 * ticked, the destination biobank and shipping condition chosen; the server checks the
 * biobank-storage consent of each. The manifest's label sheet opens from the answer.
 */
import { type FormEvent, useState } from 'react';
import { useSites } from '../../api/sites.resource.ts';
import {
  labelSheetUrl,
  SHIPPING_CONDITIONS,
  type ShippingCondition,
  useCreateShipment,
  useSpecimens,
} from '../../api/specimens.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { openLabelSheet, SHIPPABLE_STATES } from './specimen-labels.ts';

export function CreateShipmentForm() {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const sites = useSites();
  const all = useSpecimens('all');
  const create = useCreateShipment();
  const biobanks = (sites.data ?? []).filter((s) => s.isCentralBiobank);
  const [toSiteId, setToSiteId] = useState('');
  const [condition, setCondition] = useState<ShippingCondition>('dry-ice');
  const [courier, setCourier] = useState('');
  const [tracking, setTracking] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const shippable = (all.data ?? []).filter((s) => SHIPPABLE_STATES.includes(s.state));
  const destination = toSiteId || biobanks[0]?.id || '';
  const errors = (k: string) => fieldMessages(create.error, k);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        toSiteId: destination,
        specimenIds: [...ticked],
        shippingCondition: condition,
        ...(courier.trim() ? { courier: courier.trim() } : {}),
        ...(tracking.trim() ? { trackingNumber: tracking.trim() } : {}),
      },
      { onSuccess: () => setTicked(new Set()) },
    );
  };

  return (
    <Section id="new-shipment" title={t('shipments.create.title')} className="panel-wide">
      <form className="entry-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <ChoiceField
            label={t('shipments.create.to')}
            value={destination}
            onChange={setToSiteId}
            errors={errors('toSiteId')}
            options={biobanks.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
          />
          <ChoiceField<ShippingCondition>
            label={t('shipments.condition')}
            value={condition}
            onChange={setCondition}
            errors={errors('shippingCondition')}
            options={SHIPPING_CONDITIONS.map((c) => ({
              value: c,
              label: t(`shipments.conditions.${c}`),
            }))}
          />
          <InputField
            label={t('shipments.create.courier')}
            value={courier}
            onChange={setCourier}
            errors={errors('courier')}
          />
          <InputField
            label={t('shipments.create.tracking')}
            value={tracking}
            onChange={setTracking}
            errors={errors('trackingNumber')}
          />
        </div>
        <fieldset className="checkbox-group">
          <legend>{t('shipments.create.specimens')}</legend>
          {shippable.length === 0 ? (
            <p className="muted">{t('shipments.create.noneToShip')}</p>
          ) : (
            <ul className="check-list">
              {shippable.map((s) => (
                <li key={s.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={ticked.has(s.id)}
                      onChange={(e) =>
                        setTicked((x) => {
                          const next = new Set(x);
                          if (e.target.checked) next.add(s.id);
                          else next.delete(s.id);
                          return next;
                        })
                      }
                    />
                    <span className="mono">{s.label}</span> {t(`specimens.types.${s.type}`)}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {errors('specimenIds').length ? (
            <p className="field-error">{errors('specimenIds').join('; ')}</p>
          ) : null}
        </fieldset>
        {create.isError && !create.error.errors.length ? (
          <ProblemMessage error={create.error} />
        ) : null}
        <button
          type="submit"
          className="button-primary"
          disabled={create.isPending || ticked.size === 0}
        >
          {t('shipments.create.save', { n: ticked.size })}
        </button>
        {create.data ? (
          <div role="status" className="saved-outcome">
            <p>{t('shipments.create.saved', { n: create.data.items.length })}</p>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                create.data && openLabelSheet(labelSheetUrl({ shipmentId: create.data.id }))
              }
            >
              {t('shipments.printManifest')}
            </button>
          </div>
        ) : null}
      </form>
    </Section>
  );
}
