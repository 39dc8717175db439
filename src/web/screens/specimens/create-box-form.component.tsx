/**
 * Registering a storage box at the biobank (biobank technician): the site, the box code, its
 * freezer and rack, and its size (rows A… × columns 1…, 9 × 9 by default, at most 26 × 26 —
 * src/server/routes/storage.routes.ts). The new box is then shown as the grid. The server's
 * field problems sit beside their fields; a code already used at that site (rule
 * box-code-unique, a conflict without a field path) is shown beside the code.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../api/api-problem.ts';
import { useSession } from '../../api/auth.resource.ts';
import { useSites } from '../../api/sites.resource.ts';
import { type StorageBox, useCreateBox } from '../../api/specimens.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useT } from '../../i18n/i18n.context.tsx';
import { useProblemText } from '../../i18n/use-problem-text.ts';
import { ChoiceField, InputField } from '../safety/form-field.component.tsx';

const EMPTY = { code: '', freezer: '', rack: '', rows: '9', columns: '9' };

/** A whole number 1–26 (rows are lettered A–Z), or null. */
function size(v: string): number | null {
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= 1 && n <= 26 ? n : null;
}

export function CreateBoxForm({ onCreated }: { onCreated(box: StorageBox): void }) {
  const { fieldMessages, detail } = useProblemText();
  const t = useT();
  const session = useSession();
  const sites = useSites();
  const create = useCreateBox();
  const grants = session.data?.grants.filter((g) => g.role === 'biobank-technician') ?? [];
  const mine = (sites.data ?? []).filter(
    (s) => s.isCentralBiobank && grants.some((g) => g.siteId === null || g.siteId === s.id),
  );
  const [siteId, setSiteId] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const chosen = siteId || mine[0]?.id || '';
  const set = (k: keyof typeof EMPTY) => (v: string) => {
    setDraft((d) => ({ ...d, [k]: v }));
    // a "Required." note goes as soon as something is typed in its field
    setMissing((m) => new Set([...m].filter((x) => x !== k)));
  };
  const duplicate =
    create.error instanceof ApiProblem && create.error.rule === 'box-code-unique'
      ? [detail(create.error)]
      : [];
  const errors = (k: keyof typeof EMPTY) => [
    ...(missing.has(k)
      ? [
          k === 'rows' || k === 'columns'
            ? t('storage.create.sizeRule')
            : t('storage.create.required'),
        ]
      : []),
    ...fieldMessages(create.error, k),
    ...(k === 'code' ? duplicate : []),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const rows = size(draft.rows);
    const columns = size(draft.columns);
    const found = new Set<string>();
    for (const k of ['code', 'freezer', 'rack'] as const) if (!draft[k].trim()) found.add(k);
    if (rows === null) found.add('rows');
    if (columns === null) found.add('columns');
    setMissing(found);
    if (found.size || rows === null || columns === null) return;
    create.mutate(
      {
        siteId: chosen,
        code: draft.code.trim(),
        freezer: draft.freezer.trim(),
        rack: draft.rack.trim(),
        rows,
        columns,
      },
      {
        onSuccess: (box) => {
          setDraft(EMPTY);
          onCreated(box);
        },
      },
    );
  };

  return (
    <form
      className="entry-form"
      onSubmit={submit}
      noValidate
      aria-label={t('storage.create.title')}
    >
      <h3>{t('storage.create.title')}</h3>
      <div className="form-grid">
        <ChoiceField
          label={t('storage.create.site')}
          value={chosen}
          onChange={setSiteId}
          errors={fieldMessages(create.error, 'siteId')}
          options={mine.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        />
        <InputField
          label={t('storage.create.code')}
          value={draft.code}
          onChange={set('code')}
          required
          errors={errors('code')}
        />
        <InputField
          label={t('storage.create.freezer')}
          value={draft.freezer}
          onChange={set('freezer')}
          required
          errors={errors('freezer')}
        />
        <InputField
          label={t('storage.create.rack')}
          value={draft.rack}
          onChange={set('rack')}
          required
          errors={errors('rack')}
        />
        <InputField
          label={t('storage.create.rows')}
          type="number"
          value={draft.rows}
          onChange={set('rows')}
          required
          hint={t('storage.create.rowsHint')}
          errors={errors('rows')}
        />
        <InputField
          label={t('storage.create.columns')}
          type="number"
          value={draft.columns}
          onChange={set('columns')}
          required
          errors={errors('columns')}
        />
      </div>
      {create.isError && !create.error.errors.length && !duplicate.length ? (
        <ProblemMessage error={create.error} />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={create.isPending || !chosen}>
          {t('storage.create.save')}
        </button>
      </div>
    </form>
  );
}
