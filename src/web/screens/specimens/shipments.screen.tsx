/**
 * Shipments: manifest creation at the sites (coordinator, investigator), the shipments from or
 * to my sites with their manifest label sheet, and receipt reconciliation at the biobank
 * (biobank technician) for the ones in transit.
 */
import { useState } from 'react';
import { useSites } from '../../api/sites.resource.ts';
import { labelSheetUrl, useShipments } from '../../api/specimens.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { BIOBANK, SITE_HANDLERS, useAnyRole } from '../safety/use-roles.ts';
import { CreateShipmentForm } from './create-shipment-form.component.tsx';
import { ReceiptForm } from './receipt-form.component.tsx';
import { openLabelSheet } from './specimen-labels.ts';
import '../safety/safety.css';
import './specimens.css';

export function ShipmentsScreen() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('shipments.title'));
  const canShip = useAnyRole(SITE_HANDLERS);
  const canReceive = useAnyRole(BIOBANK);
  const shipments = useShipments();
  const sites = useSites();
  const code = (id: string) => sites.data?.find((s) => s.id === id)?.code ?? id.slice(0, 8);
  const [receiving, setReceiving] = useState<string | null>(null);
  const current = shipments.data?.find((s) => s.id === receiving) ?? null;

  return (
    <div className="specimens">
      <header className="page-header">
        <h1>{t('shipments.title')}</h1>
        <p className="subtitle">{t('shipments.intro')}</p>
      </header>
      <div className="panel-grid">
        {canShip ? <CreateShipmentForm /> : null}
        <Section id="shipment-list" title={t('shipments.list.title')} className="panel-wide">
          {shipments.isPending ? <LoadingIndicator /> : null}
          {shipments.isError ? (
            <ProblemMessage error={shipments.error} onRetry={() => shipments.refetch()} />
          ) : null}
          {shipments.data?.length === 0 ? (
            <p className="muted">{t('shipments.list.none')}</p>
          ) : null}
          {shipments.data?.length ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('shipments.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('shipments.list.shipped')}</th>
                    <th scope="col">{t('shipments.list.route')}</th>
                    <th scope="col">{t('shipments.condition')}</th>
                    <th scope="col">{t('shipments.list.items')}</th>
                    <th scope="col">{t('shipments.list.status')}</th>
                    <th scope="col">{t('shipments.list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shipments.data.map((s) => (
                    <tr key={s.id}>
                      <td>{formatInstant(s.shippedAt, locale)}</td>
                      <td>
                        {code(s.fromSiteId)} → {code(s.toSiteId)}
                      </td>
                      <td>{t(`shipments.conditions.${s.shippingCondition}`)}</td>
                      <td className="mono">
                        {s.items
                          .filter((i) => i.onManifest)
                          .map((i) => i.label)
                          .join(', ')}
                      </td>
                      <td>
                        <span className="tag">{t(`shipments.status.${s.status}`)}</span>
                      </td>
                      <td className="actions">
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => openLabelSheet(labelSheetUrl({ shipmentId: s.id }))}
                        >
                          {t('shipments.printManifest')}
                        </button>
                        {canReceive && s.status === 'in-transit' ? (
                          <button
                            type="button"
                            className="button-primary"
                            onClick={() => setReceiving(s.id)}
                          >
                            {t('shipments.receive.open')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Section>
        {current ? (
          <Section
            id="receipt"
            title={t('shipments.receive.title', { from: code(current.fromSiteId) })}
            className="panel-wide"
          >
            <ReceiptForm key={current.id} shipment={current} />
          </Section>
        ) : null}
      </div>
    </div>
  );
}
