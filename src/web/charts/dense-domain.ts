/**
 * The domain Plot would infer for a figure's scale: the extent of every value drawn on it.
 * Marks drawn with ColourPaths (colour-paths.ts) have no channels for Plot to read, so a dense
 * figure states the domain itself from its values and the guides it draws.
 * @example valueExtent([4, -12], [0, -30, 20]) // [-30, 20]
 */
export function valueExtent(
  values: Iterable<number>,
  include: readonly number[] = [],
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const list of [values, include])
    for (const v of list) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return lo <= hi ? [lo, hi] : [0, 1];
}
