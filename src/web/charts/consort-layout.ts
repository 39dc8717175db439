/**
 * Where the CONSORT boxes go: a main column (screened → enrolled → treated → analysed) and side
 * boxes to its right (screen failures; treatment status at the data cut), each side box joined
 * to the main column by an elbow arrow. Pure geometry, so it is tested without a browser.
 */
import { estimateTextWidth } from './chart-legend.ts';

export interface ConsortBoxInput {
  id: string;
  lines: string[];
  side: boolean;
}

export interface PlacedBox {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  side: boolean;
}

export const LINE_HEIGHT = 16;
const PAD = 10;
const GAP = 22;

/**
 * Main boxes stack in the left column; a side box sits level with the gap after the main box
 * before it and pushes the next main box down so nothing overlaps.
 */
export function layoutConsort(
  boxes: readonly ConsortBoxInput[],
  width: number,
): { boxes: PlacedBox[]; height: number } {
  const mainWidth = Math.min(240, Math.max(160, width * 0.34));
  const mainX = Math.max(8, width * 0.06);
  const sideX = mainX + mainWidth + 36;
  const sideWidth = Math.max(160, width - sideX - 8);
  const placed: PlacedBox[] = [];
  let y = 8;
  for (const b of boxes) {
    const textWidth = Math.max(...b.lines.map((l) => estimateTextWidth(l) * 1.1));
    const height = b.lines.length * LINE_HEIGHT + PAD * 2 - 4;
    if (b.side) {
      placed.push({
        id: b.id,
        lines: b.lines,
        x: sideX,
        y,
        width: Math.min(sideWidth, Math.max(textWidth + PAD * 2, 160)),
        height,
        side: true,
      });
      y += height + GAP;
    } else {
      placed.push({ id: b.id, lines: b.lines, x: mainX, y, width: mainWidth, height, side: false });
      y += height + GAP;
    }
  }
  return { boxes: placed, height: y - GAP + 8 };
}
