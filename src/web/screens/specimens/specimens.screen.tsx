/**
 * Specimens: collection (site staff) and the specimens at or from my sites, filtered by custody
 * state, with a printable label sheet (HTML with Code 128 barcodes from the API) for the ones
 * ticked, opened in a new tab to print. A specimen's section holds its chain of custody and its
 * partial uses (SpecimenUses).
 */
import { useState } from 'react';
import { CUSTODY_STATES } from '../../../core/specimens/custody-transitions.ts';
import { labelSheetUrl, type Specimen, useSpecimens } from '../../api/specimens.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ChoiceField } from '../safety/form-field.component.tsx';
import { BIOBANK, SITE_HANDLERS, useAnyRole } from '../safety/use-roles.ts';
import { CollectSpecimenForm } from './collect-specimen-form.component.tsx';
import { CustodyPanel } from './custody-panel.component.tsx';
import { openLabelSheet } from './specimen-labels.ts';
import { SpecimenUses } from './specimen-uses.component.tsx';
import '../safety/safety.css';
import './specimens.css';

type StateFilter = Specimen['state'] | 'all';

export function SpecimensScreen() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('specimens.title'));
  const canCollect = useAnyRole(SITE_HANDLERS);
  const canAct = useAnyRole([...SITE_HANDLERS, ...BIOBANK]);
  const [open, setOpen] = useState<string | null>(null);
  const [state, setState] = useState<StateFilter>('all');
  const specimens = useSpecimens(state);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="specimens">
      <header className="page-header">
        <h1>{t('specimens.title')}</h1>
        <p className="subtitle">{t('specimens.intro')}</p>
      </header>
      <div className="panel-grid">
        {canCollect ? (
          <CollectSpecimenForm onCollected={(s) => setTicked((x) => new Set([...x, s.id]))} />
        ) : null}
        <Section id="specimen-list" title={t('specimens.list.title')} className="panel-wide">
          <div className="toolbar">
            <ChoiceField<StateFilter>
              label={t('specimens.list.filter')}
              value={state}
              onChange={setState}
              options={[
                { value: 'all', label: t('specimens.list.all') },
                ...CUSTODY_STATES.map((s) => ({ value: s, label: t(`specimens.state.${s}`) })),
              ]}
            />
            <button
              type="button"
              className="button-secondary"
              disabled={ticked.size === 0}
              onClick={() => openLabelSheet(labelSheetUrl({ ids: [...ticked] }))}
            >
              {t('specimens.list.printLabels', { n: ticked.size })}
            </button>
          </div>
          {specimens.isPending ? <LoadingIndicator /> : null}
          {specimens.isError ? (
            <ProblemMessage error={specimens.error} onRetry={() => specimens.refetch()} />
          ) : null}
          {specimens.data?.length === 0 ? (
            <p className="muted">{t('specimens.list.none')}</p>
          ) : null}
          {specimens.data?.length ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('specimens.list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('specimens.list.select')}</th>
                    <th scope="col">{t('specimens.label')}</th>
                    <th scope="col">{t('specimens.type')}</th>
                    <th scope="col">{t('specimens.list.quantity')}</th>
                    <th scope="col">{t('specimens.list.collected')}</th>
                    <th scope="col">{t('specimens.list.state')}</th>
                    <th scope="col">{t('specimens.list.location')}</th>
                    <th scope="col">{t('custody.column')}</th>
                  </tr>
                </thead>
                <tbody>
                  {specimens.data.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('specimens.list.selectOne', { label: s.label })}
                          checked={ticked.has(s.id)}
                          onChange={(e) => toggle(s.id, e.target.checked)}
                        />
                      </td>
                      <td className="mono">{s.label}</td>
                      <td>{t(`specimens.types.${s.type}`)}</td>
                      <td className="numeric">
                        {s.remainingQuantity} / {s.initialQuantity} {s.unit}
                      </td>
                      <td>{formatInstant(s.collectedAt, locale)}</td>
                      <td>
                        <span className="tag">{t(`specimens.state.${s.state}`)}</span>
                        {s.integrity === 'damaged' ? (
                          <span className="tag tag-strong">{t('specimens.damaged')}</span>
                        ) : null}
                      </td>
                      <td>
                        {s.location
                          ? `${s.location.freezer} › ${s.location.rack} › ${s.location.boxCode} › ${s.location.position}`
                          : '—'}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button-secondary"
                          aria-expanded={open === s.id}
                          aria-label={t('custody.open', { label: s.label })}
                          onClick={() => setOpen(open === s.id ? null : s.id)}
                        >
                          {t('custody.column')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Section>
        {open ? (
          <Section
            id="custody"
            title={t('custody.title', {
              label: specimens.data?.find((s) => s.id === open)?.label ?? '',
            })}
            className="panel-wide"
          >
            <CustodyPanel specimenId={open} canAct={canAct} />
          </Section>
        ) : null}
        {open ? (
          <Section
            id="specimen-uses"
            title={t('uses.title', {
              label: specimens.data?.find((s) => s.id === open)?.label ?? '',
            })}
            className="panel-wide"
          >
            <SpecimenUses specimenId={open} />
          </Section>
        ) : null}
      </div>
    </div>
  );
}
