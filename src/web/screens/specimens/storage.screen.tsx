/**
 * Biobank storage: the boxes at my sites (freezer › rack › box), the chosen box as a 9 × 9 grid
 * with its occupied positions, and find-by-label (a scanned label opens the box that holds it
 * and highlights its position). The biobank technician also registers boxes (the new one is
 * then shown) and stores received specimens in a free position.
 */
import { type FormEvent, useState } from 'react';
import {
  useBoxGrid,
  useSpecimens,
  useStorageBoxes,
  useStoreSpecimen,
} from '../../api/specimens.resource.ts';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useFieldMessages } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';
import { BIOBANK, useAnyRole } from '../safety/use-roles.ts';
import { BoxGrid } from './box-grid.component.tsx';
import { CreateBoxForm } from './create-box-form.component.tsx';
import '../safety/safety.css';
import './specimens.css';

function StoreSpecimenForm({ boxId, free }: { boxId: string; free: readonly string[] }) {
  const fieldMessages = useFieldMessages();
  const t = useT();
  const received = useSpecimens('received-at-biobank');
  const store = useStoreSpecimen();
  const [specimenId, setSpecimenId] = useState('');
  const [position, setPosition] = useState('');
  const chosen = specimenId || received.data?.[0]?.id || '';
  const where = position && free.includes(position) ? position : (free[0] ?? '');
  if (!received.data?.length) return <p className="muted">{t('storage.store.none')}</p>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    store.mutate({ specimenId: chosen, boxId, position: where });
  };
  return (
    <form className="entry-form toolbar" onSubmit={submit} noValidate>
      <ChoiceField
        label={t('storage.store.specimen')}
        value={chosen}
        onChange={setSpecimenId}
        options={received.data.map((s) => ({ value: s.id, label: s.label }))}
      />
      <ChoiceField
        label={t('storage.store.position')}
        value={where}
        onChange={setPosition}
        errors={fieldMessages(store.error, 'position')}
        options={free.map((p) => ({ value: p, label: p }))}
      />
      <button type="submit" className="button-primary" disabled={store.isPending}>
        {t('storage.store.save')}
      </button>
      {store.isError && !store.error.errors.length ? <ProblemMessage error={store.error} /> : null}
    </form>
  );
}

export function StorageScreen() {
  const t = useT();
  useDocumentTitle(t('storage.title'));
  const boxes = useStorageBoxes();
  const stored = useSpecimens('stored');
  const canStore = useAnyRole(BIOBANK);
  const [boxId, setBoxId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const wanted = search.trim().toUpperCase();
  const hit = wanted ? stored.data?.find((s) => s.label.toUpperCase() === wanted) : undefined;
  const chosen = hit?.location?.boxId ?? boxId ?? boxes.data?.[0]?.id ?? null;
  const grid = useBoxGrid(chosen);
  const free = grid.data?.positions.filter((p) => !p.specimen).map((p) => p.position) ?? [];

  return (
    <div className="specimens">
      <header className="page-header">
        <h1>{t('storage.title')}</h1>
        <p className="subtitle">{t('storage.intro')}</p>
      </header>
      <div className="panel-grid">
        <Section id="box" title={t('storage.boxTitle')} className="panel-wide">
          {boxes.isPending ? <LoadingIndicator /> : null}
          {boxes.isError ? <ProblemMessage error={boxes.error} /> : null}
          {boxes.data?.length === 0 ? <p className="muted">{t('storage.noBoxes')}</p> : null}
          {boxes.data?.length ? (
            <div className="toolbar">
              <ChoiceField
                label={t('storage.box')}
                value={chosen ?? ''}
                onChange={(v) => {
                  setBoxId(v);
                  setSearch('');
                }}
                options={boxes.data.map((b) => ({
                  value: b.id,
                  label: `${b.freezer} › ${b.rack} › ${b.code}`,
                }))}
              />
              <InputField
                label={t('storage.find')}
                value={search}
                onChange={setSearch}
                hint={t('storage.findHint')}
              />
            </div>
          ) : null}
          <p aria-live="polite" className="find-result">
            {wanted
              ? hit?.location
                ? t('storage.foundAt', {
                    label: hit.label,
                    box: hit.location.boxCode,
                    position: hit.location.position,
                  })
                : t('storage.notFound', { label: wanted })
              : ''}
          </p>
          {grid.data ? <BoxGrid grid={grid.data} found={hit?.label ?? null} /> : null}
          {grid.isError ? <ProblemMessage error={grid.error} /> : null}
          {canStore && chosen && grid.data ? (
            <>
              <h3>{t('storage.store.title')}</h3>
              <StoreSpecimenForm boxId={chosen} free={free} />
            </>
          ) : null}
          {canStore ? (
            <CreateBoxForm
              onCreated={(box) => {
                setBoxId(box.id);
                setSearch('');
              }}
            />
          ) : null}
        </Section>
      </div>
    </div>
  );
}
