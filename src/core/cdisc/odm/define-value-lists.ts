/**
 * define.xml 2.1 value-level metadata for supplemental qualifiers (Define-XML 2.1 §5.3.7–5.3.8):
 * QVAL of each SUPP-- dataset has a def:ValueListDef with one ItemRef per QNAM, each selected by
 * a def:WhereClauseDef "QNAM EQ <qnam>", and an ItemDef giving that qualifier's label, type,
 * length and origin. Elements are returned in the order MetaDataVersion wants them.
 */
import type { DatasetSpec, QualifierSpec, VariableSpec } from '../format/dataset-spec.ts';
import { attrs, xmlEscape as esc, translated } from './xml-text.ts';

const vlOid = (spec: DatasetSpec) => `VL.${spec.name}.QVAL`;
const wcOid = (spec: DatasetSpec, q: QualifierSpec) => `WC.${spec.name}.QNAM.${q.qnam}`;
const valueItemOid = (spec: DatasetSpec, q: QualifierSpec) => `IT.${spec.name}.QVAL.${q.qnam}`;
const qualified = (specs: readonly DatasetSpec[]) =>
  specs.filter((s) => (s.qualifiers?.length ?? 0) > 0);

/** def:ValueListDef elements (before the ItemGroupDefs). */
export function valueListDefs(specs: readonly DatasetSpec[]): string[] {
  return qualified(specs).map(
    (spec) =>
      `<def:ValueListDef${attrs({ OID: vlOid(spec) })}>${(spec.qualifiers ?? [])
        .map(
          (q, i) =>
            `<ItemRef${attrs({ ItemOID: valueItemOid(spec, q), OrderNumber: i + 1, Mandatory: 'No' })}><def:WhereClauseRef${attrs({ WhereClauseOID: wcOid(spec, q) })}/></ItemRef>`,
        )
        .join('')}</def:ValueListDef>\n`,
  );
}

/** def:WhereClauseDef elements (after the ValueListDefs). */
export function whereClauseDefs(specs: readonly DatasetSpec[]): string[] {
  return qualified(specs).flatMap((spec) =>
    (spec.qualifiers ?? []).map(
      (q) =>
        `<def:WhereClauseDef${attrs({ OID: wcOid(spec, q) })}><RangeCheck${attrs({ SoftHard: 'Soft', 'def:ItemOID': `IT.${spec.name}.QNAM`, Comparator: 'EQ' })}><CheckValue>${esc(q.qnam)}</CheckValue></RangeCheck></def:WhereClauseDef>\n`,
    ),
  );
}

/** The def:ValueListRef inside QVAL's ItemDef, or '' for any other variable. */
export function valueListRef(spec: DatasetSpec, v: VariableSpec): string {
  return v.name === 'QVAL' && (spec.qualifiers?.length ?? 0) > 0
    ? `<def:ValueListRef${attrs({ ValueListOID: vlOid(spec) })}/>`
    : '';
}

const ORIGIN: Record<QualifierSpec['qorig'], string> = {
  CRF: 'Collected',
  Assigned: 'Assigned',
  Derived: 'Derived',
};

/** One ItemDef per qualifier (after the variables' ItemDefs). */
export function valueItemDefs(specs: readonly DatasetSpec[]): string[] {
  return qualified(specs).flatMap((spec) =>
    (spec.qualifiers ?? []).map(
      (q) =>
        `<ItemDef${attrs({
          OID: valueItemOid(spec, q),
          Name: q.qnam,
          DataType: q.dataType === 'string' ? 'text' : q.dataType,
          Length: q.dataType === 'string' ? q.length : undefined,
          SASFieldName: q.qnam,
        })}>${translated('Description', q.qlabel)}<def:Origin${attrs({ Type: ORIGIN[q.qorig], Source: q.qorig === 'CRF' ? 'Investigator' : 'Sponsor' })}/></ItemDef>\n`,
    ),
  );
}
