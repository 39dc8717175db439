import { describe, expect, it } from 'vitest';
import { valueExtent } from './dense-domain.ts';
import {
  arrowPath,
  circlePath,
  plusPath,
  polylinePath,
  rectPath,
  squarePath,
  timesPath,
  trianglePath,
} from './path-shapes.ts';

describe('path shapes of dense figures', () => {
  it('draws a rectangle clockwise from its top-left corner, rounded to 0.1 px', () => {
    expect(rectPath(1, 2, 3, 4)).toBe('M1,2h3v4h-3z');
    expect(rectPath(0.123, 10.06, 2.55, 0)).toBe('M0.1,10.1h2.6v0h-2.6z');
  });

  it('joins a polyline and centres markers on their point', () => {
    expect(
      polylinePath([
        [0, 0],
        [10, 5],
        [20, -5],
      ]),
    ).toBe('M0,0L10,5L20,-5');
    expect(squarePath(10, 10, 2)).toBe('M8,8h4v4h-4z');
    expect(timesPath(10, 10, 1)).toBe('M9,9L11,11M9,11L11,9');
    expect(plusPath(10, 10, 1)).toBe('M9,10h2M10,9v2');
    expect(trianglePath(0, 0, 2)).toBe('M0,-2L1.7,1L-1.7,1z');
    expect(circlePath(5, 5, 2)).toBe('M3,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
  });

  it('draws an arrow head no longer than the arrow', () => {
    expect(arrowPath(0, 10, 5, 4)).toBe('M0,5H10M6,3L10,5L6,7');
    expect(arrowPath(0, 2, 5, 4)).toBe('M0,5H2M0,4L2,5L0,6');
  });
});

describe('valueExtent', () => {
  it('spans the values and the guides, like the domain Plot infers', () => {
    expect(valueExtent([4, -12], [0, -30, 20])).toEqual([-30, 20]);
    expect(valueExtent([-80, 150], [0, -30, 20])).toEqual([-80, 150]);
    expect(valueExtent([])).toEqual([0, 1]);
  });
});
