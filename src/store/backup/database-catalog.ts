/**
 * What tables a database holds, read from the database itself (SQLite's `pragma_*` functions,
 * PostgreSQL's catalogue) rather than from the TypeScript schema, so a backup takes every table
 * that exists — including one another capability added yesterday. Tables come in an order in
 * which each appears after the tables it references (so a restore can insert them with foreign
 * keys on). Kysely's own migration bookkeeping is left out; the list of applied migrations is
 * read apart.
 */
import { sql } from 'kysely';
import type { DialectName, UntypedDb } from '../migrations/migration.ts';

export interface TableInfo {
  name: string;
  columns: string[];
  /** Columns holding integers (SQLite INTEGER affinity, PostgreSQL smallint/integer/bigint). */
  integerColumns: string[];
  primaryKey: string[];
  /** Other tables this one references. */
  references: string[];
  /** A foreign key to the table itself (e.g. a derived specimen's parent), if any. */
  selfReference: { column: string; target: string } | null;
}

const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

/**
 * Every application table, parents before children.
 *
 * @example
 * const tables = await readCatalog(store.db, store.dialect);
 * tables.map((t) => t.name); // ['audit_chain_head', 'audit_events', ..., 'sites', ..., 'subjects', ...]
 */
export async function readCatalog(db: UntypedDb, dialect: DialectName): Promise<TableInfo[]> {
  const tables = dialect === 'sqlite' ? await sqliteTables(db) : await postgresTables(db);
  return parentsFirst(tables.filter((t) => !BOOKKEEPING.has(t.name)));
}

/** Names of the applied migrations, in order (empty for a database never migrated). */
export async function appliedMigrations(db: UntypedDb, dialect: DialectName): Promise<string[]> {
  // look before reading: a failed query would abort a PostgreSQL transaction
  const exists =
    dialect === 'sqlite'
      ? await sql<{ n: number }>`
          select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'
        `.execute(db)
      : await sql<{ n: number }>`
          select count(*)::int as n from information_schema.tables
          where table_schema = current_schema() and table_name = 'kysely_migration'
        `.execute(db);
  if (Number(exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    db,
  );
  return rows.rows.map((r) => r.name);
}

async function sqliteTables(db: UntypedDb): Promise<TableInfo[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name
  `.execute(db);
  const out: TableInfo[] = [];
  for (const { name } of names.rows) {
    const cols = await sql<{ name: string; type: string; pk: number }>`
      select name, type, pk from pragma_table_info(${name}) order by cid
    `.execute(db);
    const fks = await sql<{ table: string; from: string; to: string | null }>`
      select "table", "from", "to" from pragma_foreign_key_list(${name})
    `.execute(db);
    out.push(
      tableInfo(
        name,
        cols.rows.map((c) => ({ name: c.name, integer: /INT/i.test(c.type), pk: Number(c.pk) })),
        fks.rows.map((f) => ({ target: f.table, column: f.from, targetColumn: f.to ?? 'id' })),
      ),
    );
  }
  return out;
}

async function postgresTables(db: UntypedDb): Promise<TableInfo[]> {
  const names = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name
  `.execute(db);
  const out: TableInfo[] = [];
  for (const { name } of names.rows) {
    const cols = await sql<{ name: string; type: string }>`
      select column_name as name, data_type as type from information_schema.columns
      where table_schema = current_schema() and table_name = ${name}
      order by ordinal_position
    `.execute(db);
    const pk = await sql<{ name: string }>`
      select a.attname as name
      from pg_index i
      cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indrelid = to_regclass(quote_ident(${name})) and i.indisprimary
      order by k.ord
    `.execute(db);
    const pkNames = pk.rows.map((r) => r.name);
    const fks = await sql<{ target: string; column: string; target_column: string }>`
      select t.relname as target, a.attname as column, ta.attname as target_column
      from pg_constraint k
      join pg_class t on t.oid = k.confrelid
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      join pg_attribute ta on ta.attrelid = k.confrelid and ta.attnum = k.confkey[1]
      where k.contype = 'f' and k.conrelid = to_regclass(quote_ident(${name}))
    `.execute(db);
    out.push(
      tableInfo(
        name,
        cols.rows.map((c) => ({
          name: c.name,
          integer: ['smallint', 'integer', 'bigint'].includes(c.type),
          pk: pkNames.indexOf(c.name) + 1,
        })),
        fks.rows.map((f) => ({
          target: f.target,
          column: f.column,
          targetColumn: f.target_column,
        })),
      ),
    );
  }
  return out;
}

function tableInfo(
  name: string,
  cols: { name: string; integer: boolean; pk: number }[],
  fks: { target: string; column: string; targetColumn: string }[],
): TableInfo {
  const self = fks.find((f) => f.target === name);
  return {
    name,
    columns: cols.map((c) => c.name),
    integerColumns: cols.filter((c) => c.integer).map((c) => c.name),
    primaryKey: cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name),
    references: [...new Set(fks.map((f) => f.target).filter((t) => t !== name))],
    selfReference: self ? { column: self.column, target: self.targetColumn } : null,
  };
}

/** Topological order (Kahn), ties by name so the order is stable; a cycle is an error. */
function parentsFirst(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  while (out.length < tables.length) {
    const ready = tables.filter(
      (t) => !done.has(t.name) && t.references.every((r) => done.has(r) || !byName.has(r)),
    );
    if (ready.length === 0)
      throw new Error(
        `foreign keys form a cycle among: ${tables
          .filter((t) => !done.has(t.name))
          .map((t) => t.name)
          .join(', ')}`,
      );
    for (const t of ready) {
      done.add(t.name);
      out.push(t);
    }
  }
  return out;
}
