import { describe, expect, it } from 'vitest';
import { scheduleDraw } from './chart-draw-queue.ts';

const nextTask = () => new Promise((done) => setTimeout(done, 0));

describe('chart draw queue', () => {
  it('draws nothing synchronously, then one figure per task in order; a cancelled one never', async () => {
    const drawn: string[] = [];
    scheduleDraw(() => drawn.push('waterfall'));
    const cancel = scheduleDraw(() => drawn.push('spider'));
    scheduleDraw(() => drawn.push('swimmer'));
    cancel();
    expect(drawn).toEqual([]);
    await nextTask();
    expect(drawn).toEqual(['waterfall']);
    await nextTask();
    await nextTask();
    expect(drawn).toEqual(['waterfall', 'swimmer']);
  });
});
