import { describe, expect, it } from 'vitest';
import { boxPositions, geometryIssue, parsePosition } from './storage-position.ts';

const box9 = { rows: 9, columns: 9 };

describe('storage box positions', () => {
  it('a 9×9 box holds A1..I9, 81 positions', () => {
    const p = boxPositions(box9);
    expect(p).toHaveLength(81);
    expect(p[0]).toBe('A1');
    expect(p[8]).toBe('A9');
    expect(p[9]).toBe('B1');
    expect(p.at(-1)).toBe('I9');
    expect(new Set(p).size).toBe(81);
  });
  it.each(['A1', 'I9', 'e5', ' C7 '])('accepts %s in a 9×9 box', (t) =>
    expect(parsePosition(t, box9).kind).toBe('ok'),
  );
  it('normalises to upper case', () =>
    expect(parsePosition('e5', box9)).toEqual({ kind: 'ok', position: 'E5', row: 5, column: 5 }));
  it.each([
    ['J1', 'position-outside-box', 'row J'],
    ['A10', 'position-outside-box', 'column 10'],
    ['A0', 'position-outside-box', 'column 0'],
    ['1A', 'position-format', 'A1 to I9'],
    ['AA1', 'position-format', 'A1 to I9'],
    ['', 'position-format', 'A1 to I9'],
  ])('refuses %s (%s)', (t, rule, text) => {
    const r = parsePosition(t, box9);
    expect(r).toMatchObject({ kind: 'invalid', rule });
    if (r.kind === 'invalid') expect(r.message).toContain(text);
  });
  it('a 10×10 box reaches J10', () => {
    expect(parsePosition('J10', { rows: 10, columns: 10 }).kind).toBe('ok');
    expect(boxPositions({ rows: 10, columns: 10 }).at(-1)).toBe('J10');
  });
  it('box geometry is 1..26 per side', () => {
    expect(geometryIssue(box9)).toBeNull();
    expect(geometryIssue({ rows: 0, columns: 9 })).toContain('rows');
    expect(geometryIssue({ rows: 9, columns: 27 })).toContain('columns');
  });
});
