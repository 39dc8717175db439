/**
 * Prints a JSON value exactly as `JSON.stringify(value, null, 2)` would, but a top-level array
 * element by element. Why: V8 strings stop at ~512 M characters, and a batch `calc` over
 * 100,000 subjects prints more than that; one element at a time never builds the whole text.
 * A {@link lazyArray} goes further: its elements are produced while printing, so a batch never
 * holds all its results in memory at once (memory, and so speed, stays linear in the batch).
 */

const LAZY = Symbol('lazy JSON array');

/** An array whose elements are computed as they are printed. */
export interface LazyArray {
  readonly [LAZY]: Iterable<unknown>;
}

/** Marks `items` to be printed as a JSON array, computing each element on demand. */
export function lazyArray(items: Iterable<unknown>): LazyArray {
  return { [LAZY]: items };
}

function isLazyArray(value: unknown): value is LazyArray {
  return typeof value === 'object' && value !== null && LAZY in value;
}

/**
 * @example writeJson({ write: (s) => process.stdout.write(s) }, [1, { a: 2 }])
 * // prints '[\n  1,\n  {\n    "a": 2\n  }\n]\n'
 */
export function writeJson(out: { write(s: string): unknown }, value: unknown): void {
  const items = isLazyArray(value) ? value[LAZY] : Array.isArray(value) ? value : null;
  if (items === null) {
    out.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  let first = true;
  for (const item of items) {
    // JSON text has no raw newline inside strings, so indenting every line is safe.
    const text = (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n  ');
    out.write(`${first ? '[\n' : ',\n'}  ${text}`);
    first = false;
  }
  out.write(first ? '[]\n' : '\n]\n');
}
