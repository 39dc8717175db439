/**
 * define.xml 2.1 (CDISC Define-XML 2.1, an ODM 1.3.2 extension) describing the exported
 * datasets: the standards (SDTMIG 3.4, ADaMIG 1.3, CDISC CT), one ItemGroupDef per dataset with
 * its class, structure, keys and file (def:leaf), one ItemDef per variable with type, length,
 * label, origin and CodeListRef; value-level metadata (def:ValueListDef with def:WhereClauseDef)
 * where a variable's codelist or type depends on a test or parameter code, and for QVAL of the
 * SUPP-- datasets by QNAM (`define-value-lists.ts`); one CodeList per
 * codelist used (CodeListItem with Decode, or EnumeratedItem; NCI code as Alias; sponsor values
 * in a CDISC list marked def:ExtendedValue); and a MethodDef for every derived variable with a
 * method (ItemRef MethodOID). Element order follows the Define-XML 2.1 MetaDataVersion:
 * Standards, ValueListDef, WhereClauseDef, ItemGroupDef, ItemDef, CodeList, MethodDef.
 */
import {
  CDISC_CT,
  type Codelist,
  codelistOid,
  type ValueLevel,
  type VariableCoding,
} from '../codelists/codelist.ts';
import type { ExportCoding } from '../codelists/export-coding.ts';
import type { DatasetSpec, VariableSpec } from '../format/dataset-spec.ts';
import { dictionaryCodeLists, dictionaryRef } from './define-dictionaries.ts';
import {
  valueItemDefs,
  valueListDefs,
  valueListRef,
  whereClauseDefs,
} from './define-value-lists.ts';
import { methodOf, methodsUsed } from './derivation-methods.ts';
import { attrs, xmlEscape as esc, translated } from './xml-text.ts';

export interface DefineXmlOptions {
  created: string;
  studyOid: string;
  studyName: string;
  description: string;
  protocolName: string;
  metaDataVersionOid: string;
  /** File extension of the datasets, e.g. `xpt`. */
  extension: string;
  /** Codelists and which variable each codes (`exportCoding(study)`). */
  coding: ExportCoding;
}

/** The CDISC Controlled Terminology package the CDISC codelists are subsets of. */
export const CT_STANDARD = { oid: 'STD.CT.SDTM', ...CDISC_CT } as const;

const STANDARDS = {
  sdtm: { oid: 'STD.SDTMIG', name: 'SDTMIG', version: '3.4', purpose: 'Tabulation' },
  adam: { oid: 'STD.ADAMIG', name: 'ADaMIG', version: '1.3', purpose: 'Analysis' },
} as const;

const itemOid = (spec: DatasetSpec, v: VariableSpec) => `IT.${spec.name}.${v.name}`;
const valueListOid = (spec: DatasetSpec, v: VariableSpec) => `VL.${spec.name}.${v.name}`;
const valueItemOid = (spec: DatasetSpec, v: VariableSpec, l: ValueLevel) =>
  `IT.${spec.name}.${v.name}.${l.key}`;
const whereOid = (spec: DatasetSpec, on: string, l: ValueLevel) => `WC.${spec.name}.${on}.${l.key}`;

function dataType(v: VariableSpec): string {
  switch (v.dataType) {
    case 'string':
      return 'text';
    case 'integer':
      return 'integer';
    case 'float':
      return 'float';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    default: {
      const never: never = v.dataType;
      return never;
    }
  }
}

function origin(spec: DatasetSpec, v: VariableSpec): string {
  return `<def:Origin${attrs({ Type: v.origin ?? (spec.standard === 'adam' ? 'Derived' : 'Collected') })}/>`;
}

function codelistRef(name: string | null): string {
  return name === null ? '' : `<CodeListRef${attrs({ CodeListOID: codelistOid(name) })}/>`;
}

function lengthOf(v: VariableSpec): number | undefined {
  return v.dataType === 'string'
    ? v.length
    : v.dataType === 'integer' || v.dataType === 'float'
      ? 8
      : undefined;
}

function codelistXml(cl: Codelist): string {
  const ct = cl.source.kind === 'cdisc-ct' ? cl.source : null;
  const decoded = cl.terms.some((t) => t.decode !== undefined);
  const items = cl.terms.map((t, i) =>
    decoded
      ? `<CodeListItem${attrs({ CodedValue: t.value, OrderNumber: i + 1, 'def:ExtendedValue': t.extended ? 'Yes' : undefined })}>${translated('Decode', t.decode ?? t.value)}</CodeListItem>`
      : `<EnumeratedItem${attrs({ CodedValue: t.value, OrderNumber: i + 1, 'def:ExtendedValue': t.extended ? 'Yes' : undefined })}/>`,
  );
  return `<CodeList${attrs({
    OID: codelistOid(cl.name),
    Name: cl.label,
    DataType: cl.dataType,
    'def:StandardOID': ct ? CT_STANDARD.oid : undefined,
  })}>${items.join('')}${ct?.nciCode ? `<Alias${attrs({ Context: 'nci:ExtCodeID', Name: ct.nciCode })}/>` : ''}</CodeList>\n`;
}

interface ValueList {
  spec: DatasetSpec;
  variable: VariableSpec;
  coding: Extract<VariableCoding, { kind: 'value-list' }>;
}

/**
 * @example defineXml(specs, { created, studyOid: 'leflunomide-men1-phase2', …, coding: exportCoding(study) })
 */
export function defineXml(specs: readonly DatasetSpec[], o: DefineXmlOptions): string {
  const used = new Set(specs.map((s) => s.standard));
  const codings = new Map<VariableSpec, VariableCoding>();
  const valueLists: ValueList[] = [];
  const codelistsUsed = new Set<string>();
  for (const spec of specs)
    for (const v of spec.variables) {
      const c = o.coding.codingOf(spec, v);
      if (!c) continue;
      codings.set(v, c);
      if (c.kind === 'codelist') codelistsUsed.add(c.codelist);
      else {
        valueLists.push({ spec, variable: v, coding: c });
        for (const l of c.levels) if (l.codelist) codelistsUsed.add(l.codelist);
      }
    }
  const codelists = [...codelistsUsed].map((name) => {
    const cl = o.coding.codelists.get(name);
    if (!cl) throw new Error(`define.xml: codelist ${name} is referenced but not defined`);
    return cl;
  });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:def="http://www.cdisc.org/ns/def/v2.1" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs(
      {
        ODMVersion: '1.3.2',
        FileType: 'Snapshot',
        FileOID: `${o.studyOid}.define`,
        CreationDateTime: o.created,
        Originator: 'oncotrial',
        SourceSystem: 'oncotrial',
        'def:Context': 'Submission',
      },
    )}>\n`,
    `<Study${attrs({ OID: o.studyOid })}>\n`,
    `<GlobalVariables><StudyName>${esc(o.studyName)}</StudyName><StudyDescription>${esc(o.description)}</StudyDescription><ProtocolName>${esc(o.protocolName)}</ProtocolName></GlobalVariables>\n`,
    `<MetaDataVersion${attrs({ OID: o.metaDataVersionOid, Name: `${o.protocolName} exports`, 'def:DefineVersion': '2.1.0' })}>\n`,
    '<def:Standards>',
    ...[...used].map((k) => {
      const s = STANDARDS[k];
      return `<def:Standard${attrs({ OID: s.oid, Name: s.name, Type: 'IG', Version: s.version, Status: 'Final' })}/>`;
    }),
    codelists.some((c) => c.source.kind === 'cdisc-ct')
      ? `<def:Standard${attrs({ OID: CT_STANDARD.oid, Name: CT_STANDARD.name, Type: 'CT', PublishingSet: CT_STANDARD.publishingSet, Version: CT_STANDARD.version, Status: 'Final' })}/>`
      : '',
    '</def:Standards>\n',
    // supplemental qualifiers' value lists (define-value-lists.ts), then the coded ones
    ...valueListDefs(specs),
  ];
  for (const { spec, variable: v, coding } of valueLists) {
    out.push(
      `<def:ValueListDef${attrs({ OID: valueListOid(spec, v) })}>`,
      ...coding.levels.map(
        (l, i) =>
          `<ItemRef${attrs({ ItemOID: valueItemOid(spec, v, l), OrderNumber: i + 1, Mandatory: 'No' })}><def:WhereClauseRef${attrs({ WhereClauseOID: whereOid(spec, coding.on, l) })}/></ItemRef>`,
      ),
      '</def:ValueListDef>\n',
    );
  }
  out.push(...whereClauseDefs(specs));
  const onOid = (spec: DatasetSpec, name: string) => `IT.${spec.name}.${name}`;
  const whereClauses = new Set<string>();
  for (const { spec, coding } of valueLists)
    for (const l of coding.levels) {
      const oid = whereOid(spec, coding.on, l);
      // two variables of a dataset (ORRES, STRESC) share one where clause per test code
      if (whereClauses.has(oid)) continue;
      whereClauses.add(oid);
      out.push(
        `<def:WhereClauseDef${attrs({ OID: oid })}><RangeCheck${attrs({ Comparator: l.when.length === 1 ? 'EQ' : 'IN', SoftHard: 'Soft', 'def:ItemOID': onOid(spec, coding.on) })}>${l.when.map((w) => `<CheckValue>${esc(w)}</CheckValue>`).join('')}</RangeCheck></def:WhereClauseDef>\n`,
      );
    }
  for (const spec of specs) {
    const std = STANDARDS[spec.standard];
    const file = `${spec.name.toLowerCase()}.${o.extension}`;
    out.push(
      `<ItemGroupDef${attrs({
        OID: `IG.${spec.name}`,
        Domain: spec.standard === 'sdtm' ? (spec.domain ?? spec.name.slice(0, 2)) : undefined,
        Name: spec.name,
        Repeating: spec.structure === 'One record per subject' ? 'No' : 'Yes',
        IsReferenceData: spec.class === 'TRIAL DESIGN' ? 'Yes' : 'No',
        SASDatasetName: spec.name,
        Purpose: std.purpose,
        'def:Structure': spec.structure,
        'def:StandardOID': std.oid,
        'def:ArchiveLocationID': `LF.${spec.name}`,
      })}>${translated('Description', spec.label)}`,
      ...spec.variables.map(
        (v, i) =>
          `<ItemRef${attrs({ ItemOID: itemOid(spec, v), OrderNumber: i + 1, Mandatory: v.mandatory ? 'Yes' : 'No', KeySequence: v.keySequence, MethodOID: methodOf(spec, v)?.oid })}/>`,
      ),
      `<def:Class${attrs({ Name: spec.class })}/><def:leaf${attrs({ ID: `LF.${spec.name}`, 'xlink:href': file })}><def:title>${esc(file)}</def:title></def:leaf></ItemGroupDef>\n`,
    );
  }
  for (const spec of specs) {
    for (const v of spec.variables) {
      const c = codings.get(v);
      out.push(
        `<ItemDef${attrs({
          OID: itemOid(spec, v),
          Name: v.name,
          DataType: dataType(v),
          Length: lengthOf(v),
          SASFieldName: v.name,
          'def:DisplayFormat':
            v.dataType === 'date'
              ? 'DATE9.'
              : v.dataType === 'datetime'
                ? 'DATETIME20.'
                : undefined,
        })}>${translated('Description', v.label)}${codelistRef(c?.kind === 'codelist' ? c.codelist : null)}${c?.kind === 'codelist' ? '' : dictionaryRef(v)}${origin(spec, v)}${c?.kind === 'value-list' ? `<def:ValueListRef${attrs({ ValueListOID: valueListOid(spec, v) })}/>` : valueListRef(spec, v)}</ItemDef>\n`,
      );
    }
  }
  for (const { spec, variable: v, coding } of valueLists)
    for (const l of coding.levels)
      out.push(
        `<ItemDef${attrs({
          OID: valueItemOid(spec, v, l),
          Name: v.name,
          DataType: l.dataType,
          Length: l.dataType === 'text' ? lengthOf(v) : 8,
          SASFieldName: v.name,
        })}>${translated('Description', `${v.label} where ${coding.on} ${l.when.length === 1 ? '=' : 'in'} ${l.when.join(', ')}${l.unit ? ` (${l.unit})` : ''}`)}${codelistRef(l.codelist)}${origin(spec, v)}</ItemDef>\n`,
      );
  out.push(...valueItemDefs(specs));
  for (const cl of codelists) out.push(codelistXml(cl));
  // external dictionaries (MedDRA) after the CDISC and sponsor codelists
  out.push(...dictionaryCodeLists(specs));
  for (const m of methodsUsed(specs))
    out.push(
      `<MethodDef${attrs({ OID: m.oid, Name: m.name, Type: m.type })}>${translated('Description', m.description)}</MethodDef>\n`,
    );
  out.push('</MetaDataVersion>\n</Study>\n</ODM>\n');
  return out.join('');
}
