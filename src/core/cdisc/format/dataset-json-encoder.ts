/**
 * A streaming CDISC Dataset-JSON 1.1 encoder: the top-level attributes and column metadata
 * first, then one row at a time, so a dataset of any size is written with flat memory. The
 * shape follows the Dataset-JSON 1.1 model (cdisc-org/DataExchange-DatasetJson schema/dataset.yaml):
 * required datasetJSONCreationDateTime, datasetJSONVersion, itemGroupOID, records, name, label,
 * columns; numeric dates are ISO strings with `targetDataType: "integer"` (SAS date numbers in
 * XPT).
 *
 * `records` must be known before the rows when written up front; when it is not given, it is
 * written after the rows (JSON members are unordered) and counted as rows pass.
 */
import { invalid } from '../../shared/domain-error.ts';
import type { Cell, DatasetSpec, VariableSpec } from './dataset-spec.ts';
import { checkDatasetSpec } from './dataset-spec-check.ts';
import type { DatasetEncoder } from './xpt-encoder.ts';

export interface DatasetJsonOptions {
  /** ISO instant of creation (core has no clock). */
  created: string;
  studyOid: string;
  metaDataVersionOid: string;
  /** define.xml the columns refer to, e.g. `define.xml`. */
  metaDataRef?: string;
  originator: string;
  sourceSystem: { name: string; version: string };
  /** The data cut or database time the rows reflect. */
  dbLastModifiedDateTime?: string;
  /** Row count when known in advance (written before the rows, checked at the end). */
  records?: number;
  /** Trial design datasets are reference data (not subject data). */
  isReferenceData?: boolean;
}

/** ItemGroupDef / ItemDef OIDs shared with define.xml. */
export const itemGroupOid = (spec: DatasetSpec) => `IG.${spec.name}`;
export const itemOid = (spec: DatasetSpec, v: VariableSpec) => `IT.${spec.name}.${v.name}`;

export function datasetJsonColumn(spec: DatasetSpec, v: VariableSpec): Record<string, unknown> {
  const column: Record<string, unknown> = {
    itemOID: itemOid(spec, v),
    name: v.name,
    label: v.label,
  };
  switch (v.dataType) {
    case 'string':
      Object.assign(column, { dataType: 'string', length: v.length });
      break;
    case 'integer':
      column.dataType = 'integer';
      break;
    case 'float':
      column.dataType = 'double';
      break;
    case 'date':
      Object.assign(column, {
        dataType: 'date',
        targetDataType: 'integer',
        displayFormat: 'DATE9.',
      });
      break;
    case 'datetime':
      Object.assign(column, {
        dataType: 'datetime',
        targetDataType: 'integer',
        displayFormat: 'DATETIME20.',
      });
      break;
    default: {
      const never: never = v.dataType;
      return never;
    }
  }
  if (v.keySequence !== undefined) column.keySequence = v.keySequence;
  return column;
}

/**
 * @example
 * const json = createDatasetJsonEncoder(dmSpec, options);
 * out(json.begin()); rows.forEach((r) => out(json.row(r))); out(json.end());
 */
export function createDatasetJsonEncoder(
  spec: DatasetSpec,
  options: DatasetJsonOptions,
): DatasetEncoder<string> {
  checkDatasetSpec(spec);
  let count = 0;
  return {
    begin() {
      const top: Record<string, unknown> = {
        datasetJSONCreationDateTime: options.created,
        datasetJSONVersion: '1.1.0',
        fileOID: `${options.studyOid}.${spec.name}`,
        ...(options.dbLastModifiedDateTime && {
          dbLastModifiedDateTime: options.dbLastModifiedDateTime,
        }),
        originator: options.originator,
        sourceSystem: options.sourceSystem,
        studyOID: options.studyOid,
        metaDataVersionOID: options.metaDataVersionOid,
        ...(options.metaDataRef && { metaDataRef: options.metaDataRef }),
        itemGroupOID: itemGroupOid(spec),
        isReferenceData: options.isReferenceData ?? false,
        ...(options.records !== undefined && { records: options.records }),
        name: spec.name,
        label: spec.label,
        columns: spec.variables.map((v) => datasetJsonColumn(spec, v)),
      };
      const head = JSON.stringify(top);
      return `${head.slice(0, -1)},"rows":[`;
    },
    row(row) {
      const cells = spec.variables.map((v) => jsonCell(v, row[v.name] ?? null, spec, count + 1));
      const text = `${count === 0 ? '' : ','}\n${JSON.stringify(cells)}`;
      count += 1;
      return text;
    },
    end() {
      if (options.records !== undefined && options.records !== count) {
        throw invalid(
          `${spec.name}.records`,
          'record-count',
          `announced ${options.records} records, wrote ${count}`,
        );
      }
      return options.records === undefined ? `\n],"records":${count}}\n` : '\n]}\n';
    },
  };
}

function jsonCell(v: VariableSpec, cell: Cell, spec: DatasetSpec, rowNumber: number) {
  if (cell === null || typeof cell === 'object') return null; // special missing has no JSON form
  const wantsText = v.dataType === 'string' || v.dataType === 'date' || v.dataType === 'datetime';
  if (wantsText !== (typeof cell === 'string')) {
    throw invalid(
      `${spec.name}.${v.name} (row ${rowNumber})`,
      'cell-type',
      `expects ${v.dataType}`,
    );
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    throw invalid(`${spec.name}.${v.name} (row ${rowNumber})`, 'number-value', 'not finite');
  }
  return cell;
}
