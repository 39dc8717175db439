/**
 * Reads one table's rows as value arrays (columns in catalogue order), in primary-key order and a
 * page at a time so memory stays flat; integer columns come back as numbers on both engines
 * (node-postgres returns bigint as text). A table that references itself is read whole and put
 * parents first, so a restore can insert it with foreign keys on.
 */
import type { UntypedDb } from '../migrations/migration.ts';
import type { TableInfo } from './database-catalog.ts';

export type RowValues = unknown[];

const PAGE = 2000;

/**
 * @example
 * for await (const row of tableRows(db, table)) console.log(row); // [id, code, name, ...]
 */
export async function* tableRows(
  db: UntypedDb,
  table: TableInfo,
  pageSize = PAGE,
): AsyncGenerator<RowValues> {
  const toValues = valueMapper(table);
  if (table.selfReference) {
    const all = (await ordered(db, table).execute()) as Record<string, unknown>[];
    yield* parentsFirst(all, table.selfReference, table.primaryKey[0] ?? 'id').map(toValues);
    return;
  }
  const key = table.primaryKey.length === 1 ? table.primaryKey[0]! : null;
  let after: unknown = null;
  for (let offset = 0; ; offset += pageSize) {
    let q = ordered(db, table).limit(pageSize);
    if (key && after !== null) q = q.where(key, '>', after);
    else if (!key) q = q.offset(offset);
    const rows = (await q.execute()) as Record<string, unknown>[];
    for (const r of rows) yield toValues(r);
    if (rows.length < pageSize) return;
    if (key) after = rows[rows.length - 1]![key];
  }
}

function ordered(db: UntypedDb, table: TableInfo) {
  let q = db.selectFrom(table.name).select(table.columns);
  for (const c of table.primaryKey.length ? table.primaryKey : table.columns) q = q.orderBy(c);
  return q;
}

function valueMapper(table: TableInfo): (r: Record<string, unknown>) => RowValues {
  const integer = new Set(table.integerColumns);
  return (r) =>
    table.columns.map((c) => {
      const v = r[c] ?? null;
      if (integer.has(c) && typeof v === 'string' && /^-?\d+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) ? n : v;
      }
      if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
      return v;
    });
}

function parentsFirst(
  rows: Record<string, unknown>[],
  ref: { column: string; target: string },
  key: string,
): Record<string, unknown>[] {
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length) {
    const next: Record<string, unknown>[] = [];
    for (const r of pending) {
      const parent = r[ref.column];
      if (parent == null || placed.has(parent) || parent === r[ref.target]) {
        out.push(r);
        placed.add(r[ref.target]);
      } else next.push(r);
    }
    if (next.length === pending.length) {
      // a parent that is not in the table: leave the rest in key order (the insert will say why)
      out.push(...next.sort((a, b) => String(a[key]).localeCompare(String(b[key]))));
      break;
    }
    pending = next;
  }
  return out;
}
