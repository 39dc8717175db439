import { describe, expect, it } from 'vitest';
import { sampleRows, sampleSpec } from '../testing/sample-dataset.ts';
import { createCsvEncoder, neutraliseFormula } from './csv-encoder.ts';

describe('CSV writer', () => {
  it('neutralises a formula-injection cell so a spreadsheet shows it as text', () => {
    const csv = createCsvEncoder(sampleSpec);
    const line = csv.row(sampleRows[1]!);
    // =HYPERLINK("x") → '=HYPERLINK(""x"") quoted (it holds quotes)
    // the number −118.625 stays a number; the text cell gains the ' prefix and RFC 4180 quotes
    expect(line).toBe(
      `LEF-001-0001,SOD,-118.625,"'=HYPERLINK(""x"")",-3,1960-01-01,1959-12-31T23:59:59\r\n`,
    );
  });

  it('prefixes every dangerous first character and nothing else', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['1-1', 'a=b', '', "'x", ' =x']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('writes a header, CRLF lines, RFC 4180 quoting, missing as empty and special missing as .A', () => {
    const csv = createCsvEncoder(sampleSpec);
    expect(csv.begin()).toBe('USUBJID,PARAMCD,AVAL,AVALC,ADY,ADT,ADTM\r\n');
    expect(csv.row(sampleRows[2]!)).toBe('LEF-001-0002,PCHG,,肝功能异常,,,\r\n');
    expect(csv.row(sampleRows[3]!)).toBe('LEF-001-0002,PCHG,.A,,.Z,._,2026-11-25T23:59:59.5Z\r\n');
    expect(csv.row({ USUBJID: 'a,"b"\nc' })).toBe('"a,""b""\nc",,,,,,\r\n');
  });
});
