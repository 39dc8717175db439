/**
 * The essentials of the Dataset-JSON 1.1 schema as zod, transcribed from the standard's LinkML
 * model (cdisc-org/DataExchange-DatasetJson, schema/dataset.yaml): required attributes, the
 * date-time and version patterns, the data type enums, and rows as arrays of scalars. The
 * official JSON Schema file is not shipped in this repository (no network at test time).
 */
import { z } from 'zod';

const DATETIME =
  /^([0-9][0-9][0-9][0-9])(-(([0][1-9])|([1][0-2])))(-(([0][1-9])|([1-2][0-9])|([3][0-1])))T(([0-1][0-9])|([2][0-3])):([0-5][0-9])(:([0-5][0-9]))((\.[0-9]+))?((((\+|-)(([0-1][0-9])|([2][0-3])):[0-5][0-9])|(Z)))?$/;

const column = z.strictObject({
  itemOID: z.string(),
  name: z.string(),
  label: z.string(),
  dataType: z.enum([
    'string',
    'integer',
    'decimal',
    'float',
    'double',
    'boolean',
    'datetime',
    'date',
    'time',
    'URI',
  ]),
  targetDataType: z.enum(['integer', 'decimal']).optional(),
  length: z.number().int().min(1).optional(),
  displayFormat: z.string().optional(),
  keySequence: z.number().int().min(1).optional(),
});

export const datasetJson11Schema = z.strictObject({
  datasetJSONCreationDateTime: z.string().regex(DATETIME),
  datasetJSONVersion: z.string().regex(/^1.1(.(0|([1-9][0-9]*)))?$/),
  fileOID: z.string().optional(),
  dbQueryDateTime: z.string().regex(DATETIME).optional(),
  dbLastModifiedDateTime: z.string().regex(DATETIME).optional(),
  originator: z.string().optional(),
  sourceSystem: z.strictObject({ name: z.string(), version: z.string() }).optional(),
  studyOID: z.string().optional(),
  metaDataVersionOID: z.string().optional(),
  metaDataRef: z.string().optional(),
  itemGroupOID: z.string(),
  isReferenceData: z.boolean().optional(),
  records: z.number().int().min(0),
  name: z.string(),
  label: z.string(),
  columns: z.array(column),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))).optional(),
});
