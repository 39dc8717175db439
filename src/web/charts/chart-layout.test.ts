import { describe, expect, it } from 'vitest';
import { estimateTextWidth, legendRows } from './chart-legend.ts';
import { layoutConsort } from './consort-layout.ts';

describe('legendRows', () => {
  it('wraps items that do not fit the width', () => {
    const item = (label: string) => ({ label, colour: '#000', mark: 'square' as const });
    const rows = legendRows([item('Complete response'), item('Partial response'), item('PD')], 200);
    expect(rows.map((r) => r.map((i) => i.label))).toEqual([
      ['Complete response'],
      ['Partial response', 'PD'],
    ]);
  });

  it('counts CJK characters about twice as wide as Latin ones', () => {
    expect(estimateTextWidth('完全缓解')).toBeGreaterThan(estimateTextWidth('abcd') * 1.5);
  });
});

describe('layoutConsort', () => {
  it('stacks boxes without overlap and puts side boxes right of the main column', () => {
    const { boxes, height } = layoutConsort(
      [
        { id: 'a', lines: ['Screened', 'n = 30'], side: false },
        { id: 'f', lines: ['Failures', '• x: 3', '• y: 2'], side: true },
        { id: 'b', lines: ['Enrolled', 'n = 25'], side: false },
      ],
      640,
    );
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
    const [main, side] = boxes;
    expect(side!.x).toBeGreaterThan(main!.x + main!.width);
    expect(side!.x + side!.width).toBeLessThanOrEqual(640);
    expect(height).toBeGreaterThanOrEqual(boxes.at(-1)!.y + boxes.at(-1)!.height);
  });
});
