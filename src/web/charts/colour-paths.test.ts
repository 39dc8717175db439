import { describe, expect, it } from 'vitest';
import { ColourPaths } from './colour-paths.ts';

describe('ColourPaths', () => {
  it('joins the shapes of one style into one path, styles in the order first added', () => {
    const paths = new ColourPaths();
    paths.add({ fill: '#c1440e' }, 'M0,0h1v1h-1z');
    paths.add({ fill: '#2f7fc1' }, 'M2,0h1v1h-1z');
    paths.add({ fill: '#c1440e' }, 'M4,0h1v1h-1z');
    paths.add({ stroke: '#c1440e', strokeWidth: 1 }, 'M0,0L1,1');
    expect(paths.data()).toEqual([
      { style: { fill: '#c1440e' }, d: 'M0,0h1v1h-1zM4,0h1v1h-1z' },
      { style: { fill: '#2f7fc1' }, d: 'M2,0h1v1h-1z' },
      { style: { stroke: '#c1440e', strokeWidth: 1 }, d: 'M0,0L1,1' },
    ]);
  });
});
