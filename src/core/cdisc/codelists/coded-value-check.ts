/**
 * Conformance of exported values to their codelists: every non-missing value of a coded variable
 * must be a term of its codelist (define.xml 2.1 §4.7; for an extensible CDISC list a sponsor
 * value is allowed only when the list carries it as an extended term). A value-list variable
 * must also find a value-level definition for the value of the variable it depends on (a new
 * test code with no definition is reported). Rows are fed one at a time, so an export can be
 * checked while it streams; each distinct problem is reported once with its count.
 */
import {
  type Cell,
  type DatasetRow,
  type DatasetSpec,
  isSpecialMissing,
} from '../format/dataset-spec.ts';
import type { VariableCoding } from './codelist.ts';
import type { ExportCoding } from './export-coding.ts';

export interface CodedValueIssue {
  dataset: string;
  variable: string;
  value: string;
  rule: 'not-in-codelist' | 'no-value-level' | 'unknown-codelist';
  codelist: string | null;
  /** How many rows carried this value. */
  count: number;
  message: string;
}

export interface CodedValueChecker {
  row(spec: DatasetSpec, row: DatasetRow): void;
  issues(): CodedValueIssue[];
}

const text = (cell: Cell | undefined): string | null => {
  if (cell === undefined || cell === null || isSpecialMissing(cell)) return null;
  const s = String(cell);
  return s === '' ? null : s;
};

/** @example const c = createCodedValueChecker(exportCoding(study)); c.row(dmSpec, row); c.issues() */
export function createCodedValueChecker(coding: ExportCoding): CodedValueChecker {
  const terms = new Map<string, Set<string>>();
  for (const [name, cl] of coding.codelists) terms.set(name, new Set(cl.terms.map((t) => t.value)));
  const codings = new Map<DatasetSpec, [string, VariableCoding][]>();
  const found = new Map<string, CodedValueIssue>();

  function report(i: Omit<CodedValueIssue, 'count'>) {
    const key = `${i.dataset}|${i.variable}|${i.rule}|${i.value}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { ...i, count: 1 });
  }

  function checkIn(
    spec: DatasetSpec,
    variable: string,
    value: string,
    codelist: string,
    where: string,
  ) {
    const allowed = terms.get(codelist);
    if (!allowed)
      report({
        dataset: spec.name,
        variable,
        value,
        rule: 'unknown-codelist',
        codelist,
        message: `${spec.name}.${variable}: codelist ${codelist} is not defined`,
      });
    else if (!allowed.has(value))
      report({
        dataset: spec.name,
        variable,
        value,
        rule: 'not-in-codelist',
        codelist,
        message: `${spec.name}.${variable}${where} = "${value}" is not a term of codelist ${codelist}`,
      });
  }

  function codingsOf(spec: DatasetSpec) {
    let c = codings.get(spec);
    if (!c) {
      c = [];
      for (const v of spec.variables) {
        const coding = coding_(spec, v);
        if (coding) c.push([v.name, coding]);
      }
      codings.set(spec, c);
    }
    return c;
  }
  const coding_ = coding.codingOf;

  return {
    row(spec, row) {
      for (const [variable, c] of codingsOf(spec)) {
        const value = text(row[variable]);
        if (value === null) continue;
        switch (c.kind) {
          case 'codelist':
            checkIn(spec, variable, value, c.codelist, '');
            break;
          case 'value-list': {
            const on = text(row[c.on]);
            const level = on === null ? undefined : c.levels.find((l) => l.when.includes(on));
            if (!level)
              report({
                dataset: spec.name,
                variable,
                value: on ?? '',
                rule: 'no-value-level',
                codelist: null,
                message: `${spec.name}.${variable}: no value-level definition where ${c.on} = "${on ?? ''}"`,
              });
            else if (level.codelist)
              checkIn(spec, variable, value, level.codelist, ` (where ${c.on} = "${on}")`);
            break;
          }
          default: {
            const never: never = c;
            return never;
          }
        }
      }
    },
    issues: () => [...found.values()],
  };
}

/** Checks whole datasets at once. @example checkCodedValues(coding, [{ spec: dmSpec, rows }]) // [] */
export function checkCodedValues(
  coding: ExportCoding,
  datasets: readonly { spec: DatasetSpec; rows: readonly DatasetRow[] }[],
): CodedValueIssue[] {
  const checker = createCodedValueChecker(coding);
  for (const d of datasets) for (const r of d.rows) checker.row(d.spec, r);
  return checker.issues();
}
