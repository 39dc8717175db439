import { describe, expect, it } from 'vitest';
import { checkUse } from './use-draft.ts';

const plasma = {
  type: 'plasma' as const,
  unit: 'mL',
  remainingQuantity: '2.5',
  collectedAt: '2026-03-01T08:00:00+08:00',
};
const now = Date.parse('2026-03-02T00:00:00Z');
const at = '2026-03-01T09:00:00+08:00';

describe('checkUse: a partial use checked field by field before it is sent', () => {
  it('accepts a quantity up to what remains, exactly (thousandths, no float drift)', () => {
    expect(checkUse({ quantity: '2.5', occurredAt: at }, plasma, now)).toEqual({});
    expect(checkUse({ quantity: '0.001', occurredAt: at }, plasma, now)).toEqual({});
  });
  it('names the quantity: missing, not a number, zero, more than remains', () => {
    const q = (quantity: string) => checkUse({ quantity, occurredAt: at }, plasma, now).quantity;
    expect(q(' ')).toEqual({ key: 'uses.error.required' });
    expect(q('1,5')).toEqual({ key: 'uses.error.decimal' });
    expect(q('1.0005')).toEqual({ key: 'uses.error.decimal' });
    expect(q('0')).toEqual({ key: 'uses.error.positive' });
    expect(q('2.501')).toEqual({
      key: 'uses.error.exceedsRemaining',
      params: { remaining: '2.5', unit: 'mL' },
    });
  });
  it('counts blocks and slides in whole units', () => {
    const block = { ...plasma, type: 'ffpe-block' as const, unit: 'block', remainingQuantity: '3' };
    expect(checkUse({ quantity: '1.5', occurredAt: at }, block, now).quantity).toEqual({
      key: 'uses.error.wholeUnits',
      params: { unit: 'block' },
    });
  });
  it('names the time: missing, before the collection, in the future (5 min of skew allowed)', () => {
    const t = (occurredAt: string | null) =>
      checkUse({ quantity: '1', occurredAt }, plasma, now).occurredAt;
    expect(t(null)).toEqual({ key: 'uses.error.required' });
    expect(t('2026-03-01T07:59:00+08:00')).toEqual({ key: 'uses.error.beforeCollection' });
    expect(t('2026-03-02T00:04:00Z')).toBeUndefined();
    expect(t('2026-03-02T00:06:00Z')).toEqual({ key: 'uses.error.future' });
  });
});
