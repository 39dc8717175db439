/**
 * Prints a JSON value exactly as `JSON.stringify(value, null, 2)` would, but a top-level array
 * element by element. Why: V8 strings stop at ~512 M characters, and a batch `calc` over
 * 100,000 subjects prints more than that; one element at a time never builds the whole text.
 */

/**
 * @example writeJson({ write: (s) => process.stdout.write(s) }, [1, { a: 2 }])
 * // prints '[\n  1,\n  {\n    "a": 2\n  }\n]\n'
 */
export function writeJson(out: { write(s: string): unknown }, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    out.write(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  out.write('[\n');
  value.forEach((item, i) => {
    // JSON text has no raw newline inside strings, so indenting every line is safe.
    const text = (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n  ');
    out.write(`  ${text}${i < value.length - 1 ? ',' : ''}\n`);
  });
  out.write(']\n');
}
