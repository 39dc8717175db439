/**
 * Controlled terminology as the exports use it: a codelist is the set of values a coded variable
 * may take. define.xml 2.1 writes each as a CodeList (CodeListItem with Decode, or
 * EnumeratedItem), and `checkCodedValues` holds every exported value to it.
 *
 * Sources (define.xml 2.1 §5.3.3 / §4.7): `cdisc-ct` lists are CDISC/NCI Controlled Terminology,
 * written as the subset of submission values this system can produce (an extensible list may
 * carry sponsor values, marked `extended`); `sponsor` lists are the study's own (arm codes, test
 * codes, derivation reasons). The NCI code of a list is given only where it is certain.
 */

export interface CodelistTerm {
  /** The submission value as it appears in the dataset. */
  value: string;
  /** The decode (define.xml CodeListItem/Decode); a list has decodes for all its terms or none. */
  decode?: string;
  /** A sponsor value added to an extensible CDISC codelist (define.xml def:ExtendedValue). */
  extended?: boolean;
}

export type CodelistSource =
  | { kind: 'cdisc-ct'; nciCode: string | null; extensible: boolean }
  | { kind: 'sponsor' };

export interface Codelist {
  /** Unique name, also the OID suffix (`CL.SEX`). Value-level lists use a dotted name (`RS.TRGRESP`). */
  name: string;
  label: string;
  dataType: 'text' | 'integer';
  source: CodelistSource;
  terms: readonly CodelistTerm[];
}

/**
 * How a variable is coded: one codelist for the whole column, or a value list — the codelist
 * (and data type) depend on another variable's value, as RSSTRESC depends on RSTESTCD
 * (define.xml ValueListDef with WhereClauseDef).
 */
export type VariableCoding =
  | { kind: 'codelist'; codelist: string }
  | { kind: 'value-list'; on: string; levels: readonly ValueLevel[] };

export interface ValueLevel {
  /** The values of the `on` variable this level describes (define.xml RangeCheck IN). */
  when: readonly string[];
  /** A short name for OIDs, e.g. the test code. */
  key: string;
  dataType: 'text' | 'integer' | 'float';
  codelist: string | null;
  /** Unit of a numeric result, shown in the description. */
  unit?: string | null;
}

/**
 * The CDISC Controlled Terminology package the CDISC lists are subsets of: named in define.xml
 * (def:Standard Type="CT") and in TS (TSVCDREF/TSVCDVER), so the two agree.
 */
export const CDISC_CT = {
  name: 'CDISC/NCI',
  publishingSet: 'SDTM',
  version: '2024-09-27',
} as const;

/** @example codelistOid('SEX') // 'CL.SEX' */
export const codelistOid = (name: string) => `CL.${name}`;
