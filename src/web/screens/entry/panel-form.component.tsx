/**
 * The form of one assessment panel of a visit, generated from the protocol: one row per item
 * (label, value input by item type, unit, reference range for numeric lab items, an
 * out-of-range flag), checked in the browser by the server's rule before sending, the server's
 * field errors shown beside their fields, and a reason for change when saved values are edited.
 */
import { useId, useState } from 'react';
import type {
  AssessmentItem,
  AssessmentPanel,
} from '../../../core/protocol/study-definition.schema.ts';
import { ApiProblem } from '../../api/api-problem.ts';
import { type StoredResult, useSavePanel } from '../../api/subject-entry.resource.ts';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { useLocalised, useT } from '../../i18n/i18n.context.tsx';
import {
  checkPanel,
  editsStored,
  errorsByItem,
  outOfRange,
  type PanelDraft,
  type PanelErrors,
  panelDraft,
  panelResults,
  type ResultDraft,
} from './panel-draft.ts';

export interface PanelFormProps {
  subjectId: string;
  visitId: string;
  panel: AssessmentPanel;
  stored: StoredResult[];
  canWrite: boolean;
  onDirtyChange(dirty: boolean): void;
}

export function PanelForm({
  subjectId,
  visitId,
  panel,
  stored,
  canWrite,
  onDirtyChange,
}: PanelFormProps) {
  const t = useT();
  const localised = useLocalised();
  const save = useSavePanel(subjectId, visitId, panel.id);
  const [draft, setDraft] = useState<PanelDraft>(() => panelDraft(panel, stored));
  const [errors, setErrors] = useState<PanelErrors>({});
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const isLab = panel.domain === 'LB';
  const name = localised(panel.name);

  const set = (code: string, patch: Partial<ResultDraft>) => {
    setDraft((d) => ({ ...d, [code]: { ...(d[code] as ResultDraft), ...patch } }));
    // the item's earlier messages no longer describe what is typed
    setErrors(({ [code]: _gone, ...rest }) => rest);
    onDirtyChange(true);
    save.reset();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const results = panelResults(panel, draft);
    const found = checkPanel(panel, results);
    setErrors(found);
    if (Object.keys(found).length) return;
    const editing = editsStored(stored, results);
    if (editing && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    save.mutate(
      { results, ...(editing ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          onDirtyChange(false);
          setReason('');
        },
        onError: (err) => {
          if (err instanceof ApiProblem) setErrors(errorsByItem(err.errors, results));
        },
      },
    );
  };
  const panelErrors = [
    ...(errors[''] ?? []),
    ...(reasonMissing ? [t('entry.reasonRequired')] : []),
  ];
  const hasStored = stored.length > 0;
  return (
    <form className="panel-form" onSubmit={submit} noValidate aria-label={name}>
      {panel.items.map((item) => (
        <ItemRow
          key={item.code}
          item={item}
          draft={draft[item.code] as ResultDraft}
          errors={errors[item.code] ?? []}
          isLab={isLab}
          readOnly={!canWrite}
          onChange={(patch) => set(item.code, patch)}
        />
      ))}
      {canWrite ? (
        <div className="entry-actions">
          {hasStored ? (
            <div className="field">
              <label htmlFor={`${panel.id}-reason`}>{t('entry.reasonForChange')}</label>
              <input
                id={`${panel.id}-reason`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-describedby={`${panel.id}-reason-hint`}
              />
              <p id={`${panel.id}-reason-hint`} className="field-hint">
                {t('entry.reasonHint')}
              </p>
            </div>
          ) : null}
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? t('entry.saving') : t('visitEntry.savePanel', { panel: name })}
          </button>
          {panelErrors.length ? (
            <p className="field-error" role="alert">
              {panelErrors.join('; ')}
            </p>
          ) : Object.keys(errors).length ? (
            <p className="field-error" role="alert">
              {t('visitEntry.fixErrors')}
            </p>
          ) : null}
          {save.isSuccess ? (
            <p role="status" className="saved">
              {t('visitEntry.panelSaved', { panel: name })}
            </p>
          ) : null}
          {save.error ? <ProblemMessage error={save.error} /> : null}
        </div>
      ) : null}
    </form>
  );
}

function ItemRow({
  item,
  draft,
  errors,
  isLab,
  readOnly,
  onChange,
}: {
  item: AssessmentItem;
  draft: ResultDraft;
  errors: string[];
  isLab: boolean;
  readOnly: boolean;
  onChange(patch: Partial<ResultDraft>): void;
}) {
  const t = useT();
  const localised = useLocalised();
  const id = useId();
  const label = localised(item.label);
  const numeric = item.type === 'number' || item.type === 'integer';
  const flag = numeric ? outOfRange(draft.value, draft.low, draft.high) : null;
  const describedBy = [errors.length ? `${id}-error` : null, flag ? `${id}-flag` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    disabled: readOnly,
    'aria-invalid': errors.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className="result-row">
      <label htmlFor={id}>
        {label} <span className="item-code">({item.code})</span>
        {item.required ? <span className="field-hint"> · {t('visitEntry.required')}</span> : null}
      </label>
      <div>
        {item.type === 'choice' || item.type === 'boolean' ? (
          <select
            {...common}
            value={draft.value}
            onChange={(e) => onChange({ value: e.target.value })}
          >
            <option value="">{t('visitEntry.choose')}</option>
            {item.type === 'boolean' ? (
              <>
                <option value="true">{t('visitEntry.yes')}</option>
                <option value="false">{t('visitEntry.no')}</option>
              </>
            ) : (
              (item.choices ?? []).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))
            )}
          </select>
        ) : (
          <input
            {...common}
            type={item.type === 'date' ? 'date' : 'text'}
            inputMode={numeric ? 'decimal' : undefined}
            value={draft.value}
            onChange={(e) => onChange({ value: e.target.value })}
          />
        )}
        {errors.length ? (
          <p id={`${id}-error`} className="field-error">
            {errors.join('; ')}
          </p>
        ) : null}
      </div>
      <div>
        {item.unit === undefined ? null : isLab && !readOnly ? (
          <input
            aria-label={`${t('visitEntry.unit')} ${item.code}`}
            value={draft.unit}
            onChange={(e) => onChange({ unit: e.target.value })}
          />
        ) : (
          <span>{draft.unit}</span>
        )}
      </div>
      {numeric && isLab ? (
        <>
          <input
            aria-label={`${t('visitEntry.referenceLow')} ${item.code}`}
            value={draft.low}
            disabled={readOnly}
            onChange={(e) => onChange({ low: e.target.value })}
          />
          <input
            aria-label={`${t('visitEntry.referenceHigh')} ${item.code}`}
            value={draft.high}
            disabled={readOnly}
            onChange={(e) => onChange({ high: e.target.value })}
          />
        </>
      ) : (
        <>
          <span />
          <span />
        </>
      )}
      <div>
        {numeric && (draft.low || draft.high) ? (
          <span className="field-hint">
            {t('visitEntry.reference', {
              range: `${draft.low || '…'}–${draft.high || '…'} ${draft.unit}`,
            })}
          </span>
        ) : null}
        {flag ? (
          <p id={`${id}-flag`} className="out-of-range" data-testid={`flag-${item.code}`}>
            {flag === 'high'
              ? `▲ ${t('visitEntry.outOfRangeHigh')}`
              : `▼ ${t('visitEntry.outOfRangeLow')}`}
          </p>
        ) : null}
      </div>
    </div>
  );
}
