/**
 * Receipt reconciliation at the biobank: each label is scanned (a barcode scanner types it and
 * presses Enter) and marked damaged when it is; the reconciliation against the manifest is
 * shown live with the same pure function the server runs (core/specimens/shipment-
 * reconciliation.ts: received / damaged / missing / unexpected), then recorded. The server's
 * answer (with the discrepancy queries it raised) replaces the preview. Why each line came out
 * as it did is said in the reader's language (coded `specimen.*` reasons, `useExplain`).
 */
import { type FormEvent, type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { Reason } from '../../../core/shared/reason.ts';
import {
  reconcileShipment,
  type ScannedItem,
} from '../../../core/specimens/shipment-reconciliation.ts';
import { type Shipment, useReceiveShipment } from '../../api/specimens.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { InputField } from '../safety/form-field.component.tsx';
import { OutcomeTag } from './outcome-tag.component.tsx';

export function ReceiptForm({ shipment }: { shipment: Shipment }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const receive = useReceiveShipment();
  const [scan, setScan] = useState('');
  // each scan keeps its own key: the same label may be scanned twice (counted once, noted)
  const [scanned, setScanned] = useState<Array<ScannedItem & { seq: number }>>([]);
  const seq = useRef(0);
  const [temperatureC, setTemperatureC] = useState('');
  const manifest = useMemo(
    () => shipment.items.filter((i) => i.onManifest).map((i) => i.label),
    [shipment],
  );
  const items = useMemo(
    () => scanned.map(({ label, integrity }) => ({ label, integrity })),
    [scanned],
  );
  const preview = useMemo(() => reconcileShipment(manifest, items), [manifest, items]);

  const add = () => {
    const label = scan.trim().toUpperCase();
    seq.current += 1;
    const next = seq.current;
    if (label) setScanned((s) => [...s, { label, integrity: 'intact', seq: next }]);
    setScan('');
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'text') {
      e.preventDefault();
      add();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    receive.mutate({
      id: shipment.id,
      receipt: {
        items: scanned,
        ...(temperatureC.trim() ? { temperatureC: temperatureC.trim() } : {}),
      },
    });
  };

  if (receive.data) {
    return (
      <div role="status" className="saved-outcome">
        <p>{t(`shipments.status.${receive.data.status}`)}</p>
        <ReconciliationTable
          lines={receive.data.items.map((i) => ({
            label: i.label,
            outcome: i.outcome ?? 'missing',
            reasons: i.reasons,
          }))}
        />
      </div>
    );
  }

  return (
    <form className="entry-form" onSubmit={submit} noValidate>
      {/* Enter in the scan field adds the label instead of submitting the form */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: catches Enter from the scanner in the input inside */}
      <div className="toolbar" onKeyDown={onKey}>
        <InputField
          label={t('shipments.receive.scan')}
          value={scan}
          onChange={setScan}
          hint={t('shipments.receive.scanHint')}
        />
        <button type="button" className="button-secondary" onClick={add}>
          {t('shipments.receive.add')}
        </button>
        <InputField
          label={t('shipments.receive.temperature')}
          value={temperatureC}
          onChange={setTemperatureC}
          errors={fieldMessages(receive.error, 'temperatureC')}
        />
      </div>
      {scanned.length ? (
        <ul className="check-list">
          {scanned.map((s) => (
            <li key={s.seq}>
              <label>
                <input
                  type="checkbox"
                  checked={s.integrity === 'damaged'}
                  onChange={(e) =>
                    setScanned((all) =>
                      all.map((x) =>
                        x.seq === s.seq
                          ? { ...x, integrity: e.target.checked ? 'damaged' : 'intact' }
                          : x,
                      ),
                    )
                  }
                />
                {t('shipments.receive.damaged', { label: s.label })}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('shipments.receive.preview')}</h3>
      <ReconciliationTable lines={preview.lines} />
      {receive.isError ? <ProblemMessage error={receive.error} /> : null}
      <button type="submit" className="button-primary" disabled={receive.isPending}>
        {t('shipments.receive.save')}
      </button>
    </form>
  );
}

function ReconciliationTable({
  lines,
}: {
  lines: ReadonlyArray<{
    label: string;
    outcome: Parameters<typeof OutcomeTag>[0]['outcome'];
    reasons: readonly Reason[];
  }>;
}) {
  const t = useT();
  const explain = useExplain();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('shipments.receive.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('specimens.label')}</th>
          <th scope="col">{t('shipments.receive.outcome')}</th>
          <th scope="col">{t('shipments.receive.why')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={`${l.label}-${l.outcome}`}>
            <td className="mono">{l.label}</td>
            <td>
              <OutcomeTag outcome={l.outcome} />
            </td>
            <td className="muted">
              {l.reasons.map(explain).join(t('shipments.receive.reasonSeparator'))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
