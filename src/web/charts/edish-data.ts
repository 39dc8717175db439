/**
 * eDISH (evaluation of drug-induced serious hepatotoxicity; FDA guidance 2009): each subject's
 * peak ALT × ULN against peak total bilirubin × ULN on log scales, with the 3 × ULN (ALT) and
 * 2 × ULN (bilirubin) lines that split the plane into quadrants. Upper right is the potential
 * Hy's law quadrant, upper left hyperbilirubinaemia (cholestasis), lower right Temple's
 * corollary (hepatocellular injury without jaundice).
 */
import type { EdishPoint } from '../api/analysis.resource.ts';

export const ALT_LINE = 3;
export const BILI_LINE = 2;
/** Log scales need positive values; results below this are drawn at it. */
export const EDISH_FLOOR = 0.05;

export type EdishQuadrant = 'normal' | 'temple' | 'cholestasis' | 'hys-law';

export interface EdishMark extends EdishPoint {
  quadrant: EdishQuadrant;
  x: number;
  y: number;
}

/**
 * On a line counts as beyond it (≥ 3 × ULN, ≥ 2 × ULN), as Hy's law is written.
 * @example edishQuadrant(3, 2) // 'hys-law'
 * @example edishQuadrant(2.9, 2) // 'cholestasis'
 */
export function edishQuadrant(altXUln: number, biliXUln: number): EdishQuadrant {
  const alt = altXUln >= ALT_LINE;
  const bili = biliXUln >= BILI_LINE;
  if (alt && bili) return 'hys-law';
  if (alt) return 'temple';
  if (bili) return 'cholestasis';
  return 'normal';
}

export function edishData(points: readonly EdishPoint[]): EdishMark[] {
  return points.map((p) => ({
    ...p,
    quadrant: edishQuadrant(p.peakAltXUln, p.peakBiliXUln),
    x: Math.max(EDISH_FLOOR, p.peakAltXUln),
    y: Math.max(EDISH_FLOOR, p.peakBiliXUln),
  }));
}

/** Subjects per quadrant, all four present. */
export function edishCounts(marks: readonly EdishMark[]): Record<EdishQuadrant, number> {
  const c: Record<EdishQuadrant, number> = { normal: 0, temple: 0, cholestasis: 0, 'hys-law': 0 };
  for (const m of marks) c[m.quadrant]++;
  return c;
}
