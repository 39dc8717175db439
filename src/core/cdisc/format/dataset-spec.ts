/**
 * The shape every CDISC writer shares: a dataset (name, label, variables) and rows of cells.
 * Writers (XPT, Dataset-JSON, CSV) and define.xml read the same spec, so one description of a
 * dataset drives every format. Dates stay ISO strings in rows; each writer converts them (XPT:
 * SAS date numbers, Dataset-JSON: ISO with targetDataType integer).
 */

/**
 * `date` and `datetime` are numeric dates (ADaM `*DT`, `*DTM`): the row carries `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MM:SS`, XPT stores SAS days / seconds since 1960-01-01. SDTM `--DTC` variables
 * are ISO 8601 text, so they are `string`.
 */
export type VariableDataType = 'string' | 'integer' | 'float' | 'date' | 'datetime';

export interface VariableSpec {
  /** At most 8 characters, upper-case letters, digits and `_`, not starting with a digit (SAS V5). */
  name: string;
  /** At most 40 characters (SAS V5 / SDTMIG). */
  label: string;
  dataType: VariableDataType;
  /** Bytes (UTF-8) for `string`, 1–200; numbers are always 8 bytes in XPT. */
  length?: number;
  /** Position in the dataset's sort key, 1-based (define.xml KeySequence, Dataset-JSON). */
  keySequence?: number;
  /** An external dictionary the values come from (define.xml ExternalCodeList). */
  dictionary?: 'MEDDRA';
  /** A controlled-terminology codelist name for define.xml (e.g. `SEX`, `NY`). */
  codelist?: string;
  /** define.xml origin: how the value came to be. */
  origin?: 'Collected' | 'Derived' | 'Assigned' | 'Protocol' | 'Predecessor';
  /** True when every row must have a value (define.xml Mandatory). */
  mandatory?: boolean;
}

export interface DatasetSpec {
  /** Dataset name, e.g. `DM`, `ADSL` (at most 8 characters). */
  name: string;
  label: string;
  /** Observation class, e.g. `SPECIAL PURPOSE`, `EVENTS`, `SUBJECT LEVEL ANALYSIS DATASET`. */
  class: string;
  /** define.xml `def:Structure`, e.g. `One record per subject`. */
  structure: string;
  /** `sdtm` (Tabulation) or `adam` (Analysis). */
  standard: 'sdtm' | 'adam';
  variables: readonly VariableSpec[];
  /** The parent domain (define.xml `Domain`) when it is not the name's first two letters (SUPPAE → AE). */
  domain?: string;
  /**
   * Supplemental qualifiers (SUPP-- datasets): QVAL's value-level metadata, one entry per QNAM,
   * written to define.xml as a ValueListDef with a WhereClauseDef on QNAM.
   */
  qualifiers?: readonly QualifierSpec[];
}

/** One supplemental qualifier of a SUPP-- dataset (SDTMIG 3.4 §8.4). */
export interface QualifierSpec {
  /** At most 8 characters, like a variable name. */
  qnam: string;
  /** At most 40 characters. */
  qlabel: string;
  dataType: VariableDataType;
  /** Longest QVAL (bytes). */
  length: number;
  /** QORIG as written in the dataset (SDTMIG §8.4.1 examples: CRF, Assigned, Derived). */
  qorig: 'CRF' | 'Assigned' | 'Derived';
}

/** SAS special missing `.A`–`.Z` and `._` (TS-140: first byte the letter, the rest zeros). */
export type SpecialMissingCode =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'
  | '_';

export interface SpecialMissing {
  kind: 'special-missing';
  code: SpecialMissingCode;
}

/** A cell: text, a number, an ISO date (for date variables), a missing value (`null`). */
export type Cell = string | number | null | SpecialMissing;

export type DatasetRow = Readonly<Record<string, Cell>>;

/** @example specialMissing('A') // SAS `.A` */
export function specialMissing(code: SpecialMissingCode): SpecialMissing {
  return { kind: 'special-missing', code };
}

export function isSpecialMissing(cell: Cell): cell is SpecialMissing {
  return typeof cell === 'object' && cell !== null;
}
