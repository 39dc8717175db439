/**
 * The lesion table of one scan: target lesions (organ, nodal, diameter or status), non-target
 * lesions (status) and new lesions (organ, unequivocal/equivocal). On a follow-up scan the
 * baseline lesions keep their id, organ and nodal (RECIST 1.1: a lesion's description is fixed
 * at baseline); only measurements and statuses are typed. Every input is labelled with its
 * lesion id so keyboard and screen-reader users know which lesion they edit.
 */
import {
  type LesionKind,
  type LesionStatus,
  NEW_LESION_STATUSES,
  NON_TARGET_STATUSES,
  TARGET_STATUSES,
} from '../../../core/recist/recist-input.schema.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { type LesionDraft, nextLesionId, parseDiameter } from './lesion-draft.ts';
import { lesionStatusKey } from './lesion-status-label.ts';

export interface LesionTableProps {
  drafts: LesionDraft[];
  baseline: boolean;
  readOnly: boolean;
  onChange(drafts: LesionDraft[]): void;
}

const STATUS_OPTIONS: Record<LesionKind, readonly LesionStatus[]> = {
  target: TARGET_STATUSES,
  'non-target': NON_TARGET_STATUSES,
  new: NEW_LESION_STATUSES,
};

export function LesionTable({ drafts, baseline, readOnly, onChange }: LesionTableProps) {
  const t = useT();
  const update = (id: string, patch: Partial<LesionDraft>) =>
    onChange(drafts.map((d) => (d.id === id ? { ...d, ...patch } : d)));
  const remove = (id: string) => onChange(drafts.filter((d) => d.id !== id));
  const add = (kind: LesionKind) =>
    onChange([
      ...drafts,
      {
        id: nextLesionId(drafts, kind),
        kind,
        organ: '',
        nodal: false,
        diameter: '',
        status: kind === 'non-target' ? 'present' : kind === 'new' ? 'unequivocal' : '',
      },
    ]);
  const kinds: LesionKind[] = baseline ? ['target', 'non-target'] : ['target', 'non-target', 'new'];
  const titles: Record<LesionKind, string> = {
    target: t('tumour.targets'),
    'non-target': t('tumour.nonTargets'),
    new: t('tumour.newLesions'),
  };
  const addLabels: Record<LesionKind, string> = {
    target: t('tumour.addTarget'),
    'non-target': t('tumour.addNonTarget'),
    new: t('tumour.addNew'),
  };
  return (
    <>
      {kinds.map((kind) => {
        const rows = drafts.filter((d) => d.kind === kind);
        // the description of a lesion is editable where it is first described
        const describes = baseline || kind === 'new';
        const canAdd = !readOnly && (baseline || kind === 'new');
        return (
          <div key={kind} className="lesion-group">
            <h3 id={`lesions-${kind}`}>{titles[kind]}</h3>
            {rows.length === 0 ? (
              <p>{t('tumour.noneOfKind')}</p>
            ) : (
              <table className="data-table lesion-table" aria-labelledby={`lesions-${kind}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('tumour.id')}</th>
                    <th scope="col">{t('tumour.organ')}</th>
                    <th scope="col">{t('tumour.nodal')}</th>
                    {kind === 'target' ? <th scope="col">{t('tumour.diameter')}</th> : null}
                    <th scope="col">{t('tumour.status')}</th>
                    {canAdd ? <td /> : null}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((d) => {
                    const bad = parseDiameter(d.diameter) === 'invalid';
                    const errId = `lesion-${d.id}-diameter-error`;
                    return (
                      <tr key={d.id}>
                        <th scope="row">{d.id}</th>
                        <td>
                          {describes && !readOnly ? (
                            <input
                              aria-label={`${t('tumour.organ')} ${d.id}`}
                              value={d.organ}
                              onChange={(e) => update(d.id, { organ: e.target.value })}
                            />
                          ) : (
                            d.organ
                          )}
                        </td>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`${t('tumour.nodal')} ${d.id}`}
                            checked={d.nodal}
                            disabled={!describes || readOnly}
                            onChange={(e) => update(d.id, { nodal: e.target.checked })}
                          />
                        </td>
                        {kind === 'target' ? (
                          <td>
                            <input
                              className="diameter-input"
                              inputMode="decimal"
                              aria-label={`${t('tumour.diameter')} ${d.id}`}
                              value={d.diameter}
                              readOnly={readOnly}
                              disabled={d.status !== ''}
                              onChange={(e) => update(d.id, { diameter: e.target.value })}
                              aria-invalid={bad ? true : undefined}
                              aria-describedby={bad ? errId : undefined}
                            />
                            {bad ? (
                              <p id={errId} className="field-error">
                                {t('tumour.diameterHint')}
                              </p>
                            ) : null}
                          </td>
                        ) : null}
                        <td>
                          <select
                            aria-label={`${t('tumour.status')} ${d.id}`}
                            value={d.status}
                            disabled={readOnly || (baseline && kind !== 'new')}
                            onChange={(e) =>
                              update(d.id, { status: e.target.value as LesionStatus | '' })
                            }
                          >
                            {kind === 'target' ? (
                              <option value="">{t('tumour.measured')}</option>
                            ) : null}
                            {STATUS_OPTIONS[kind].map((s) => (
                              <option key={s} value={s}>
                                {t(lesionStatusKey(s))}
                              </option>
                            ))}
                          </select>
                        </td>
                        {canAdd ? (
                          <td>
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => remove(d.id)}
                            >
                              {t('tumour.remove', { lesion: d.id })}
                            </button>
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {canAdd ? (
              <button type="button" className="button-secondary" onClick={() => add(kind)}>
                {addLabels[kind]}
              </button>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
