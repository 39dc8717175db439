import { describe, expect, it } from 'vitest';
import { defaultStudyInput } from '../protocol/default-study.ts';
import { parseStudyDefinition } from '../protocol/study-definition.ts';
import { subjectEventsSchema } from '../subjects/subject-events.schema.ts';
import { keysOf, schedule, visit } from './schedule-test-helpers.ts';
import { planVisitSchedule } from './visit-schedule.ts';

const weekly = (s: ReturnType<typeof schedule>) =>
  keysOf(s, 'alt-weekly').map((k) => {
    const v = visit(s, k);
    return [v.targetDate, v.window.earliest, v.window.latest, v.status.kind];
  });

describe('weekly liver tests while ALT > 2 × ULN', () => {
  it('exactly 2 × ULN does not trigger; just above does', () => {
    const at2 = schedule('2025-03-03', '2025-04-05', {
      altResults: [{ date: '2025-04-01', value: 80, uln: 40 }],
    });
    expect(keysOf(at2, 'alt-weekly')).toEqual([]);
    const above = schedule('2025-03-03', '2025-04-05', {
      altResults: [{ date: '2025-04-01', value: 80.1, uln: 40 }],
    });
    expect(weekly(above)).toEqual([['2025-04-08', '2025-04-02', '2025-04-11', 'due']]);
    expect(visit(above, 'alt-weekly/1').kind).toBe('liver-monitoring');
    expect(visit(above, 'alt-weekly/1').reasons[0]).toContain(
      'ALT 80.1 = 2.00 × ULN (ULN 40) on 2025-04-01 is above 2 × ULN',
    );
  });

  it('a high result re-anchors; a missed week is missed; ≤ 2 × ULN ends the episode', () => {
    const s = schedule('2025-03-03', '2025-06-01', {
      altResults: [
        { date: '2025-04-01', value: 90, uln: 40 },
        { date: '2025-04-07', value: 100, uln: 40 },
        { date: '2025-04-20', value: 60, uln: 40 },
      ],
    });
    expect(weekly(s)).toEqual([
      ['2025-04-08', '2025-04-02', '2025-04-11', 'done'],
      ['2025-04-14', '2025-04-08', '2025-04-17', 'missed'],
      ['2025-04-21', '2025-04-18', '2025-04-24', 'done'],
    ]);
    expect(visit(s, 'alt-weekly/3').reasons.at(-1)).toBe('ALT back to ≤ 2 × ULN: weekly tests end');
  });

  it('after ALT > 3 × ULN weekly tests go on until ALT is normal (≤ ULN)', () => {
    const s = schedule('2025-03-03', '2025-06-01', {
      altResults: [
        { date: '2025-04-01', value: 130, uln: 40 },
        { date: '2025-04-08', value: 60, uln: 40 },
        { date: '2025-04-15', value: 40, uln: 40 },
        { date: '2025-05-20', value: 30, uln: 40 },
      ],
    });
    expect(weekly(s)).toEqual([
      ['2025-04-08', '2025-04-02', '2025-04-11', 'done'],
      ['2025-04-15', '2025-04-09', '2025-04-18', 'done'],
    ]);
    expect(visit(s, 'alt-weekly/2').reasons[0]).toContain('not yet normal after ALT > 3 × ULN');
    expect(visit(s, 'alt-weekly/2').reasons.at(-1)).toContain('back to normal');
  });

  it('goes on after the end of treatment and stops at death', () => {
    const s = schedule('2025-03-03', '2025-06-01', {
      treatmentEnd: { lastDoseDate: '2025-04-02', reason: 'toxicity' },
      altResults: [{ date: '2025-04-01', value: 150, uln: 40 }],
      deathDate: '2025-04-20',
    });
    expect(weekly(s)).toEqual([
      ['2025-04-08', '2025-04-02', '2025-04-11', 'missed'],
      ['2025-04-15', '2025-04-12', '2025-04-18', 'missed'],
      ['2025-04-22', '2025-04-19', '2025-04-25', 'not-applicable'],
    ]);
  });

  it('compares a decimal threshold exactly (2.3 × 50 is 114.99999999999999 in doubles)', () => {
    expect(2.3 * 50 < 115).toBe(true); // the float trap this guards against
    const input = structuredClone(defaultStudyInput);
    input.schedule.liverMonitoring.weeklyWhileAltAboveUln = 2.3;
    const study = parseStudyDefinition(input);
    const at = (value: number) =>
      planVisitSchedule(
        study,
        '2025-03-03',
        '2025-04-05',
        subjectEventsSchema.parse({ altResults: [{ date: '2025-04-01', value, uln: 50 }] }),
      ).visits.filter((v) => v.key.startsWith('alt-weekly')).length;
    expect(at(115)).toBe(0);
    expect(at(115.01)).toBe(1);
  });
});
