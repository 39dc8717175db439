/**
 * define.xml 2.1 for values taken from an external dictionary (ODM 1.3.2 ExternalCodeList): one
 * CodeList per dictionary and data type (MedDRA terms are text, MedDRA codes integers, and a
 * CodeList's DataType must equal its ItemDef's), referenced from each variable that declares
 * `dictionary`. MedDRA's version is the one CTCAE v5.0 is built on.
 */
import { CTCAE_MEDDRA_VERSION } from '../../safety/ctcae-meddra.ts';
import type { DatasetSpec, VariableSpec } from '../format/dataset-spec.ts';
import { attrs } from './xml-text.ts';

const oidOf = (v: VariableSpec) =>
  v.dictionary ? `CL.${v.dictionary}.${v.dataType === 'string' ? 'TERM' : 'CODE'}` : null;

/** The CodeListRef inside a variable's ItemDef (after Description), or ''. */
export function dictionaryRef(v: VariableSpec): string {
  const oid = oidOf(v);
  return oid ? `<CodeListRef${attrs({ CodeListOID: oid })}/>` : '';
}

/** CodeList elements (after the ItemDefs) for the dictionaries the specs use. */
export function dictionaryCodeLists(specs: readonly DatasetSpec[]): string[] {
  const used = new Map<string, VariableSpec>();
  for (const s of specs)
    for (const v of s.variables) {
      const oid = oidOf(v);
      if (oid && !used.has(oid)) used.set(oid, v);
    }
  return [...used].map(
    ([oid, v]) =>
      `<CodeList${attrs({ OID: oid, Name: `MedDRA ${v.dataType === 'string' ? 'terms' : 'codes'}`, DataType: v.dataType === 'string' ? 'text' : 'integer' })}><ExternalCodeList${attrs({ Dictionary: 'MEDDRA', Version: CTCAE_MEDDRA_VERSION })}/></CodeList>\n`,
  );
}
