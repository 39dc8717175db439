/**
 * define.xml 2.1 (CDISC Define-XML 2.1, an ODM 1.3.2 extension) describing the exported
 * datasets: the standards (SDTMIG 3.4, ADaMIG 1.3), one ItemGroupDef per dataset with its class,
 * structure, keys and file (def:leaf), one ItemDef per variable with type, length, label and
 * origin. Controlled terminology codelists are named on the variable specs but not yet written
 * as CodeList elements (so no CodeListRef is emitted).
 */
import type { DatasetSpec, VariableSpec } from '../format/dataset-spec.ts';
import {
  valueItemDefs,
  valueListDefs,
  valueListRef,
  whereClauseDefs,
} from './define-value-lists.ts';
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
}

const STANDARDS = {
  sdtm: { oid: 'STD.SDTMIG', name: 'SDTMIG', version: '3.4', purpose: 'Tabulation' },
  adam: { oid: 'STD.ADAMIG', name: 'ADaMIG', version: '1.3', purpose: 'Analysis' },
} as const;

const itemOid = (spec: DatasetSpec, v: VariableSpec) => `IT.${spec.name}.${v.name}`;

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

/**
 * @example defineXml(specs, { created, studyOid: 'leflunomide-men1-phase2', …, extension: 'xpt' })
 */
export function defineXml(specs: readonly DatasetSpec[], o: DefineXmlOptions): string {
  const used = new Set(specs.map((s) => s.standard));
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
    '</def:Standards>\n',
    ...valueListDefs(specs),
    ...whereClauseDefs(specs),
  ];
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
          `<ItemRef${attrs({ ItemOID: itemOid(spec, v), OrderNumber: i + 1, Mandatory: v.mandatory ? 'Yes' : 'No', KeySequence: v.keySequence })}/>`,
      ),
      `<def:Class${attrs({ Name: spec.class })}/><def:leaf${attrs({ ID: `LF.${spec.name}`, 'xlink:href': file })}><def:title>${esc(file)}</def:title></def:leaf></ItemGroupDef>\n`,
    );
  }
  for (const spec of specs) {
    for (const v of spec.variables) {
      out.push(
        `<ItemDef${attrs({
          OID: itemOid(spec, v),
          Name: v.name,
          DataType: dataType(v),
          Length:
            v.dataType === 'string'
              ? v.length
              : v.dataType === 'integer' || v.dataType === 'float'
                ? 8
                : undefined,
          SASFieldName: v.name,
          'def:DisplayFormat':
            v.dataType === 'date'
              ? 'DATE9.'
              : v.dataType === 'datetime'
                ? 'DATETIME20.'
                : undefined,
        })}>${translated('Description', v.label)}<def:Origin${attrs({ Type: v.origin ?? (spec.standard === 'adam' ? 'Derived' : 'Collected') })}/>${valueListRef(spec, v)}</ItemDef>\n`,
      );
    }
  }
  out.push(...valueItemDefs(specs));
  out.push('</MetaDataVersion>\n</Study>\n</ODM>\n');
  return out.join('');
}
