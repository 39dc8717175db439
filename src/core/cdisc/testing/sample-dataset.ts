/**
 * A small dataset with every kind of cell (text, UTF-8 text, integers, decimals, dates,
 * datetimes, missing and special missing) shared by the writer tests.
 */
import { type DatasetRow, type DatasetSpec, specialMissing } from '../format/dataset-spec.ts';

export const sampleSpec: DatasetSpec = {
  name: 'ADXX',
  label: 'Sample Analysis Dataset',
  class: 'BASIC DATA STRUCTURE',
  structure: 'One record per subject per parameter',
  standard: 'adam',
  variables: [
    {
      name: 'USUBJID',
      label: 'Unique Subject Identifier',
      dataType: 'string',
      length: 20,
      keySequence: 1,
    },
    { name: 'PARAMCD', label: 'Parameter Code', dataType: 'string', length: 8, keySequence: 2 },
    { name: 'AVAL', label: 'Analysis Value', dataType: 'float' },
    { name: 'AVALC', label: 'Analysis Value (C)', dataType: 'string', length: 60 },
    { name: 'ADY', label: 'Analysis Relative Day', dataType: 'integer' },
    { name: 'ADT', label: 'Analysis Date', dataType: 'date' },
    { name: 'ADTM', label: 'Analysis Datetime', dataType: 'datetime' },
  ],
};

export const sampleRows: DatasetRow[] = [
  {
    USUBJID: 'LEF-001-0001',
    PARAMCD: 'SOD',
    AVAL: 41.5,
    AVALC: '41.5',
    ADY: 1,
    ADT: '2026-01-05',
    ADTM: '2026-01-05T08:30:00',
  },
  {
    USUBJID: 'LEF-001-0001',
    PARAMCD: 'SOD',
    AVAL: -118.625,
    AVALC: '=HYPERLINK("x")',
    ADY: -3,
    ADT: '1960-01-01',
    ADTM: '1959-12-31T23:59:59',
  },
  {
    USUBJID: 'LEF-001-0002',
    PARAMCD: 'PCHG',
    AVAL: null,
    AVALC: '肝功能异常',
    ADY: null,
    ADT: null,
    ADTM: null,
  },
  {
    USUBJID: 'LEF-001-0002',
    PARAMCD: 'PCHG',
    AVAL: specialMissing('A'),
    AVALC: null,
    ADY: specialMissing('Z'),
    ADT: specialMissing('_'),
    ADTM: '2026-11-25T23:59:59.5Z',
  },
  {
    USUBJID: 'LEF-001-0003',
    PARAMCD: 'TINY',
    AVAL: 0.1,
    AVALC: '',
    ADY: 0,
    ADT: '1900-03-01',
    ADTM: null,
  },
  {
    USUBJID: 'LEF-001-0003',
    PARAMCD: 'BIG',
    AVAL: 1e75,
    AVALC: 'x'.repeat(60),
    ADY: 2147483647,
    ADT: '2999-12-31',
    ADTM: null,
  },
];
