import { describe, expect, it } from 'vitest';
import { datasetJson11Schema } from '../testing/dataset-json-1-1.schema.ts';
import { sampleRows, sampleSpec } from '../testing/sample-dataset.ts';
import { createDatasetJsonEncoder, type DatasetJsonOptions } from './dataset-json-encoder.ts';

const options: DatasetJsonOptions = {
  created: '2026-11-25T09:00:00Z',
  studyOid: 'leflunomide-men1-phase2',
  metaDataVersionOid: 'MDV.1.0',
  metaDataRef: 'define.xml',
  originator: 'oncotrial',
  sourceSystem: { name: 'oncotrial', version: '0.1.0' },
};

function encode(opts: DatasetJsonOptions): string {
  const enc = createDatasetJsonEncoder(sampleSpec, opts);
  return enc.begin() + sampleRows.map((r) => enc.row(r)).join('') + enc.end();
}

describe('Dataset-JSON 1.1 writer', () => {
  it('passes the Dataset-JSON 1.1 schema, with records counted as rows stream', () => {
    const doc = JSON.parse(encode(options));
    expect(datasetJson11Schema.safeParse(doc).error).toBeUndefined();
    expect(doc.records).toBe(6);
    expect(doc.rows).toHaveLength(6);
    expect(doc.itemGroupOID).toBe('IG.ADXX');
  });

  it('describes columns with the 1.1 data types: dates as ISO text with targetDataType integer', () => {
    const doc = JSON.parse(encode({ ...options, records: 6 }));
    expect(doc.columns.map((c: { dataType: string }) => c.dataType)).toEqual([
      'string',
      'string',
      'double',
      'string',
      'integer',
      'date',
      'datetime',
    ]);
    expect(doc.columns[5]).toEqual({
      itemOID: 'IT.ADXX.ADT',
      name: 'ADT',
      label: 'Analysis Date',
      dataType: 'date',
      targetDataType: 'integer',
      displayFormat: 'DATE9.',
    });
    expect(doc.columns[0]).toMatchObject({ length: 20, keySequence: 1 });
    expect(doc.rows[0]).toEqual([
      'LEF-001-0001',
      'SOD',
      41.5,
      '41.5',
      1,
      '2026-01-05',
      '2026-01-05T08:30:00',
    ]);
    // missing and special missing are null; UTF-8 text stays as it is
    expect(doc.rows[3].slice(2)).toEqual([null, null, null, null, '2026-11-25T23:59:59.5Z']);
    expect(doc.rows[2][3]).toBe('肝功能异常');
  });

  it('refuses a wrong announced count and a cell of the wrong type', () => {
    const enc = createDatasetJsonEncoder(sampleSpec, { ...options, records: 2 });
    enc.begin();
    enc.row(sampleRows[0]!);
    expect(() => enc.end()).toThrow(/announced 2 records, wrote 1/);
    expect(() => enc.row({ AVAL: '3' })).toThrow(/ADXX\.AVAL \(row 2\)/);
  });
});
