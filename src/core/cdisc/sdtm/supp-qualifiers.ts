/**
 * Supplemental qualifiers (SUPP--, SDTMIG 3.4 §8.4): values a subject domain collects that no
 * standard variable holds, one record per IDVAR/IDVARVAL/QNAM per subject, linked to the parent
 * record by its --SEQ (IDVAR = --SEQ, IDVARVAL = the number as text) or, for DM, to the subject
 * (IDVAR and IDVARVAL null). QNAM is at most 8 characters and QLABEL at most 40 (§8.4.1); a
 * qualifier without a value is not written (QVAL is required).
 */
import { invalid } from '../../shared/domain-error.ts';
import type { DatasetRow, DatasetSpec, QualifierSpec } from '../format/dataset-spec.ts';
import { char } from '../format/variable-builders.ts';
import { STUDYID, USUBJID } from './identifiers.ts';

const SAS_NAME = /^[A-Z_][A-Z0-9_]{0,7}$/;
const assigned = { origin: 'Assigned', mandatory: true } as const;

/** A qualifier, checked: QNAM a SAS name of at most 8, QLABEL at most 40 characters. */
export function qualifier(q: QualifierSpec): QualifierSpec {
  if (!SAS_NAME.test(q.qnam))
    throw invalid('qnam', 'sas-name', `QNAM "${q.qnam}": 1–8 of A–Z, 0–9, _ (SDTMIG §8.4.1)`);
  if (q.qlabel.length > 40)
    throw invalid('qlabel', 'label-length', `QLABEL of ${q.qnam}: at most 40 characters`);
  return q;
}

/** SUPP-- of `rdomain` (e.g. `AE` → `SUPPAE`) with its qualifiers. */
export function suppSpec(rdomain: string, qualifiers: readonly QualifierSpec[]): DatasetSpec {
  const longest = Math.max(1, ...qualifiers.map((q) => q.length));
  return {
    name: `SUPP${rdomain}`,
    label: `Supplemental Qualifiers for ${rdomain}`,
    class: 'RELATIONSHIP',
    structure: 'One record per IDVAR, IDVARVAL, and QNAM value per subject',
    standard: 'sdtm',
    domain: rdomain,
    qualifiers,
    variables: [
      STUDYID,
      char('RDOMAIN', 'Related Domain Abbreviation', 2, { ...assigned, keySequence: 2 }),
      { ...USUBJID, keySequence: 3 },
      char('IDVAR', 'Identifying Variable', 8, { origin: 'Assigned', keySequence: 4 }),
      char('IDVARVAL', 'Identifying Variable Value', 20, { origin: 'Assigned', keySequence: 5 }),
      char('QNAM', 'Qualifier Variable Name', 8, { ...assigned, keySequence: 6 }),
      char('QLABEL', 'Qualifier Variable Label', 40, assigned),
      // QVAL's origin is per QNAM, in the value list
      char('QVAL', 'Data Value', longest, { mandatory: true }),
      char('QORIG', 'Origin', 20, assigned),
      char('QEVAL', 'Evaluator', 40, { origin: 'Assigned' }),
    ],
  };
}

/** A parent record's qualifiers: its --SEQ (or none for DM) and a value per QNAM. */
export interface QualifiedRecord {
  seq: number | null;
  seqName: string | null;
  values: Readonly<Record<string, string | null>>;
}

/**
 * @example suppRows(suppaeSpec, { studyId, usubjid }, [{ seq: 1, seqName: 'AESEQ', values: { AEAWRDTC: '2026-01-02T08:00:00' } }])
 */
export function suppRows(
  spec: DatasetSpec,
  ids: { studyId: string; usubjid: string },
  records: readonly QualifiedRecord[],
): DatasetRow[] {
  const rows: DatasetRow[] = [];
  for (const r of records)
    for (const q of spec.qualifiers ?? []) {
      const value = r.values[q.qnam];
      if (value === null || value === undefined || value === '') continue;
      rows.push({
        STUDYID: ids.studyId,
        RDOMAIN: spec.domain ?? null,
        USUBJID: ids.usubjid,
        IDVAR: r.seqName,
        IDVARVAL: r.seq === null ? null : String(r.seq),
        QNAM: q.qnam,
        QLABEL: q.qlabel,
        QVAL: value,
        QORIG: q.qorig,
        QEVAL: null,
      });
    }
  return rows;
}
