/**
 * A small seeded pseudo-random generator (mulberry32) for the reliability rigs, so a crash run
 * that failed can be replayed with the same kill moments (`ONCOTRIAL_CRASH_SEED`).
 */

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
}

/**
 * @example
 * const r = seededRandom(42);
 * r.int(100, 900); // the same sequence for the same seed
 */
export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}
