import { describe, expect, it } from 'vitest';
import { deriveOs } from './os-derivation.ts';
import { day, testSubject } from './test-subject.ts';
import { DEFAULT_TIME_TO_EVENT_PARAMETERS as P } from './time-to-event-parameters.ts';

describe('deriveOs', () => {
  it('death is the event', () => {
    expect(deriveOs(testSubject({ deathDate: day(60) }), P)).toMatchObject({
      days: 60,
      event: true,
      reason: 'death',
    });
  });

  it('alive: censored at last known alive', () => {
    expect(deriveOs(testSubject({ lastKnownAliveDate: day(200) }), P)).toMatchObject({
      days: 200,
      event: false,
      reason: 'alive-at-last-contact',
    });
  });

  it('no last contact recorded: the last date seen, and the reasons say so', () => {
    const r = deriveOs(
      testSubject({
        assessments: [{ date: day(113), response: 'SD' }],
        treatmentEndDate: day(120),
      }),
      P,
    );
    expect(r).toMatchObject({ days: 120, event: false, reason: 'alive-at-last-contact' });
    expect(r.reasons[0]).toMatch(/no last-contact date/);
  });

  it('death after day 252 is censored at day 252 (horizon)', () => {
    expect(deriveOs(testSubject({ deathDate: day(300) }), P)).toMatchObject({
      days: 252,
      event: false,
      reason: 'after-horizon',
    });
    expect(deriveOs(testSubject({ deathDate: day(252) }), P)).toMatchObject({
      days: 252,
      event: true,
    });
  });
});
