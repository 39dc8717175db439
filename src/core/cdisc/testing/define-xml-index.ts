/**
 * Reads back the parts of a define.xml that tests check: definitions by OID and the references
 * between them. Tests read the document, not the writer's inputs, so a reference the writer
 * forgets to define (or a value it forgets to list) shows. It reads the writer's own output —
 * one start tag per element, attributes double-quoted and escaped — not arbitrary XML.
 */

export interface DefineIndex {
  /** OID → number of elements defining it (any element with an OID attribute). */
  oids: Map<string, number>;
  itemGroups: Map<string, { name: string; itemOids: string[]; methodOids: string[] }>;
  itemDefs: Map<
    string,
    { name: string; dataType: string; codelistOid: string | null; valueListOid: string | null }
  >;
  /** `external`: an ExternalCodeList (a dictionary such as MedDRA), whose terms are not listed. */
  codelists: Map<string, { values: Set<string>; extended: Set<string>; external: boolean }>;
  valueLists: Map<string, { itemOid: string; whereOids: string[] }[]>;
  whereClauses: Map<string, { itemOid: string; comparator: string; values: string[] }>;
  methods: Map<string, { name: string; description: string }>;
  /** Every reference: [kind, OID]. */
  refs: [string, string][];
}

const xmlUnescape = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#10;', '\n')
    .replaceAll('&#13;', '\r')
    .replaceAll('&#9;', '\t')
    .replaceAll('&amp;', '&');

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1] as string) : null;
};

function blocks(xml: string, element: string): string[] {
  return xml.match(new RegExp(`<${element}[\\s>][\\s\\S]*?</${element}>`, 'g')) ?? [];
}

/** @example indexDefineXml(xml).codelists.get('CL.SEX')?.values // Set { 'F', 'M', 'U' } */
export function indexDefineXml(xml: string): DefineIndex {
  const ix: DefineIndex = {
    oids: new Map(),
    itemGroups: new Map(),
    itemDefs: new Map(),
    codelists: new Map(),
    valueLists: new Map(),
    whereClauses: new Map(),
    methods: new Map(),
    refs: [],
  };
  for (const m of xml.matchAll(/<([A-Za-z:]+)[^>]*\sOID="([^"]*)"/g)) {
    const oid = xmlUnescape(m[2] as string);
    ix.oids.set(oid, (ix.oids.get(oid) ?? 0) + 1);
  }
  for (const m of xml.matchAll(
    /\s(ItemOID|CodeListOID|ValueListOID|WhereClauseOID|MethodOID|def:ItemOID|def:StandardOID)="([^"]*)"/g,
  ))
    ix.refs.push([m[1] as string, xmlUnescape(m[2] as string)]);

  for (const b of blocks(xml, 'ItemGroupDef')) {
    const tag = b.slice(0, b.indexOf('>'));
    const refs = [...b.matchAll(/<ItemRef [^>]*>/g)].map((r) => r[0]);
    ix.itemGroups.set(attr(tag, 'OID') ?? '', {
      name: attr(tag, 'Name') ?? '',
      itemOids: refs.map((r) => attr(r, 'ItemOID') ?? ''),
      methodOids: refs.flatMap((r) => attr(r, 'MethodOID') ?? []),
    });
  }
  for (const b of blocks(xml, 'ItemDef')) {
    const tag = b.slice(0, b.indexOf('>'));
    const cl = /<CodeListRef [^>]*>/.exec(b);
    const vl = /<def:ValueListRef [^>]*>/.exec(b);
    ix.itemDefs.set(attr(tag, 'OID') ?? '', {
      name: attr(tag, 'Name') ?? '',
      dataType: attr(tag, 'DataType') ?? '',
      codelistOid: cl ? attr(cl[0], 'CodeListOID') : null,
      valueListOid: vl ? attr(vl[0], 'ValueListOID') : null,
    });
  }
  for (const b of blocks(xml, 'CodeList')) {
    const tag = b.slice(0, b.indexOf('>'));
    const values = new Set<string>();
    const extended = new Set<string>();
    for (const m of b.matchAll(/<(CodeListItem|EnumeratedItem) [^>]*>/g)) {
      const v = attr(m[0], 'CodedValue') ?? '';
      values.add(v);
      if (attr(m[0], 'def:ExtendedValue') === 'Yes') extended.add(v);
    }
    ix.codelists.set(attr(tag, 'OID') ?? '', {
      values,
      extended,
      external: b.includes('<ExternalCodeList'),
    });
  }
  for (const b of blocks(xml, 'def:ValueListDef')) {
    const tag = b.slice(0, b.indexOf('>'));
    const items = blocks(b, 'ItemRef').map((r) => ({
      itemOid: attr(r, 'ItemOID') ?? '',
      whereOids: [...r.matchAll(/<def:WhereClauseRef [^>]*>/g)].map(
        (w) => attr(w[0], 'WhereClauseOID') ?? '',
      ),
    }));
    ix.valueLists.set(attr(tag, 'OID') ?? '', items);
  }
  for (const b of blocks(xml, 'def:WhereClauseDef')) {
    const tag = b.slice(0, b.indexOf('>'));
    const rc = /<RangeCheck [^>]*>/.exec(b)?.[0] ?? '';
    ix.whereClauses.set(attr(tag, 'OID') ?? '', {
      itemOid: attr(rc, 'def:ItemOID') ?? '',
      comparator: attr(rc, 'Comparator') ?? '',
      values: [...b.matchAll(/<CheckValue>([^<]*)<\/CheckValue>/g)].map((m) =>
        xmlUnescape(m[1] as string),
      ),
    });
  }
  for (const b of blocks(xml, 'MethodDef')) {
    const tag = b.slice(0, b.indexOf('>'));
    ix.methods.set(attr(tag, 'OID') ?? '', {
      name: attr(tag, 'Name') ?? '',
      description: xmlUnescape(/<TranslatedText[^>]*>([^<]*)</.exec(b)?.[1] ?? ''),
    });
  }
  return ix;
}
