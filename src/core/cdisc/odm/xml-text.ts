/** XML escaping for text and attribute values (XML 1.0 §2.4, §3.3.3), dropping control characters XML 1.0 forbids. */

/** @example xmlEscape('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;' */
export function xmlEscape(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}

/** Attributes in order, skipping undefined and null. @example attrs({ OID: 'x', Name: undefined }) // ' OID="x"' */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== null) out += ` ${k}="${xmlEscape(String(v))}"`;
  return out;
}

/** An element holding TranslatedText (Description, Question…). */
export function translated(tag: string, text: string, lang = 'en'): string {
  return `<${tag}><TranslatedText xml:lang="${lang}">${xmlEscape(text)}</TranslatedText></${tag}>`;
}
