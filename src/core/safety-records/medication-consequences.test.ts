import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { assessMedication, type TreatmentPeriod } from './medication-consequences.ts';

const onTreatment: TreatmentPeriod = { start: '2026-01-05', end: null };
const kinds = (
  name: string,
  dates: { startDate?: string | null; stopDate?: string | null },
  t = onTreatment,
) => assessMedication({ name, ...dates }, t).consequences.map((c) => c.kind);

describe('assessMedication', () => {
  it('prohibited and taken on treatment: deviation dated at the start of the overlap, and an alert', () => {
    const a = assessMedication(
      { name: 'Dilantin 100mg', startDate: '2025-12', stopDate: null },
      onTreatment,
    );
    expect(a.screening.kind).toBe('prohibited');
    expect(a.overlap.kind).toBe('overlaps');
    expect(a.consequences).toEqual([
      expect.objectContaining({ kind: 'deviation', severity: 'major', date: '2026-01-05' }),
      expect.objectContaining({ kind: 'alert', severity: 'critical' }),
    ]);
    // the description, coded: the same English, with what a translation needs
    const d = a.consequences[0];
    expect(d?.kind === 'deviation' && d.descriptionReason).toEqual({
      code: 'medication.deviation-ongoing-hepatotoxic-brand',
      params: { name: 'Dilantin 100mg', drug: 'phenytoin', term: 'Dilantin', from: '2026-01-05' },
      text: 'prohibited medication "Dilantin 100mg" (phenytoin, hepatotoxic, matched on brand "Dilantin") taken during treatment from 2026-01-05 to ongoing',
    });
    expect(d?.kind === 'deviation' && d.description).toBe(
      'prohibited medication "Dilantin 100mg" (phenytoin, hepatotoxic, matched on brand "Dilantin") taken during treatment from 2026-01-05 to ongoing',
    );
  });

  it('antitumour therapy is a critical deviation (confounds tumour response)', () => {
    const a = assessMedication({ name: '依维莫司', startDate: '2026-02-01' }, onTreatment);
    expect(a.consequences[0]).toMatchObject({ kind: 'deviation', severity: 'critical' });
  });

  it('stopped the day before day 1: no overlap, nothing; stopped on day 1: overlaps (inclusive)', () => {
    expect(kinds('rifampicin', { startDate: '2025-12-01', stopDate: '2026-01-04' })).toEqual([]);
    expect(kinds('rifampicin', { startDate: '2025-12-01', stopDate: '2026-01-05' })).toEqual([
      'deviation',
      'alert',
    ]);
  });

  it('started after the last dose: no overlap', () => {
    expect(
      kinds(
        'methotrexate',
        { startDate: '2026-03-02' },
        { start: '2026-01-05', end: '2026-03-01' },
      ),
    ).toEqual([]);
  });

  it('partial dates that may overlap ask for dates instead of guessing', () => {
    const a = assessMedication(
      { name: 'phenytoin', startDate: '2025', stopDate: '2026-01' },
      onTreatment,
    );
    expect(a.consequences).toEqual([
      expect.objectContaining({
        kind: 'query',
        rule: 'prohibited-medication-dates',
        params: { name: 'phenytoin', drug: 'phenytoin' },
      }),
    ]);
    // no start date at all and still going: certainly during treatment? unknown start → possibly
    expect(kinds('phenytoin', {})).toEqual(['query']);
  });

  it('review verdicts raise a query, never a deviation', () => {
    expect(kinds('Sandostatin LAR', { startDate: '2026-02-01' })).toEqual(['query']);
    expect(kinds('imatinib', { startDate: '2026-02-01' })).toEqual(['query']);
    expect(kinds('Sandostatin LAR', { startDate: '2025-01-01', stopDate: '2025-02-01' })).toEqual(
      [],
    );
  });

  it('look-alikes and ordinary drugs raise nothing', () => {
    for (const name of [
      'rifaximin',
      'phenylephrine',
      'methylprednisolone',
      '甲基多巴肼',
      'paracetamol',
    ])
      expect(kinds(name, { startDate: '2026-02-01' })).toEqual([]);
  });

  it('before enrolment: an ongoing prohibited or review drug asks to confirm it stops; a stopped one is history', () => {
    const none: TreatmentPeriod = { start: null, end: null };
    expect(assessMedication({ name: 'Dilantin', startDate: '2025-06' }, none).consequences).toEqual(
      [expect.objectContaining({ kind: 'query', rule: 'prohibited-medication-before-day1' })],
    );
    expect(kinds('Dilantin', { startDate: '2025-06', stopDate: '2025-08' }, none)).toEqual([]);
    expect(kinds('octreotide', { startDate: '2025-06' }, none)).toEqual(['query']);
    expect(kinds('octreotide', { startDate: '2025-06', stopDate: '2025-07' }, none)).toEqual([]);
  });

  it('every outcome carries the reasons of the matcher and the overlap', () => {
    const a = assessMedication({ name: '利福平胶囊', startDate: '2026-02-01' }, onTreatment);
    expect(reasonTexts(a.reasons).join(' ')).toMatch(/利福平/);
    expect(reasonTexts(a.reasons).join(' ')).toMatch(/overlaps treatment 2026-01-05 to ongoing/);
  });
});
