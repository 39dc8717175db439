/**
 * The catalogue read from the database itself, on both engines: tables come parents first (so a
 * restore can insert with foreign keys on), a self-referencing table is read parents before
 * children whatever the key order, integer columns come back as numbers, and every schema table
 * is found.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UntypedDb } from '../migrations/migration.ts';
import { createTestStore, describeEachDialect, type TestStore } from '../testing/test-stores.ts';
import { appliedMigrations, readCatalog } from './database-catalog.ts';
import { tableRows } from './table-rows.ts';

describeEachDialect('database catalogue for backups', (dialect) => {
  let store: TestStore;
  let db: UntypedDb;
  beforeAll(async () => {
    store = await createTestStore(dialect);
    db = store.db as unknown as UntypedDb;
    // names chosen so alphabetical order would be wrong: a_child references z_parent
    await sql`create table z_parent (id text primary key, n bigint not null)`.execute(db);
    await sql`create table a_child (id text primary key, parent_id text not null references z_parent(id))`.execute(
      db,
    );
    await sql`create table m_tree (id text primary key, up text references m_tree(id))`.execute(db);
  });
  afterAll(() => store.destroy());

  it('orders tables parents first and finds every application table', async () => {
    const names = (await readCatalog(db, dialect)).map((t) => t.name);
    expect(names.indexOf('z_parent')).toBeLessThan(names.indexOf('a_child'));
    expect(names.indexOf('sites')).toBeLessThan(names.indexOf('role_grants'));
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('role_grants'));
    expect(names).toContain('audit_events');
    expect(names).not.toContain('kysely_migration');
    expect(await appliedMigrations(db, dialect)).toEqual(
      (
        await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
      ).rows.map((r) => r.name),
    );
  });

  it('reads primary keys, integer columns and a self reference', async () => {
    const tables = new Map((await readCatalog(db, dialect)).map((t) => [t.name, t]));
    expect(tables.get('audit_events')?.primaryKey).toEqual(['seq']);
    expect(tables.get('protocol_versions')?.primaryKey).toEqual(['study_id', 'version']);
    expect(tables.get('z_parent')?.integerColumns).toEqual(['n']);
    expect(tables.get('a_child')?.references).toEqual(['z_parent']);
    expect(tables.get('m_tree')?.selfReference).toEqual({ column: 'up', target: 'id' });
  });

  it('reads a self-referencing table parents first, and big integers as numbers', async () => {
    // keys sort children before parents: c < b < a, and c's parent is b, b's is a
    await sql`insert into m_tree (id, up) values ('a', null), ('b', 'a'), ('c', 'b'), ('d', null)`.execute(
      db,
    );
    await sql`insert into z_parent (id, n) values ('p', 9007199254740991)`.execute(db);
    const tables = new Map((await readCatalog(db, dialect)).map((t) => [t.name, t]));
    const rows: unknown[][] = [];
    for await (const r of tableRows(db, tables.get('m_tree')!)) rows.push(r);
    const position = (id: string) => rows.findIndex((r) => r[0] === id);
    expect(rows).toHaveLength(4);
    expect(position('a')).toBeLessThan(position('b'));
    expect(position('b')).toBeLessThan(position('c'));
    const parents: unknown[][] = [];
    for await (const r of tableRows(db, tables.get('z_parent')!)) parents.push(r);
    expect(parents).toEqual([['p', 9007199254740991]]);
  });

  it('pages through a table in key order (single and composite keys)', async () => {
    await sql`insert into z_parent (id, n) values ('k5', 5), ('k1', 1), ('k3', 3), ('k2', 2), ('k4', 4)`.execute(
      db,
    );
    await sql`create table pair (a text not null, b integer not null, primary key (a, b))`.execute(
      db,
    );
    await sql`insert into pair (a, b) values ('y', 2), ('x', 9), ('y', 1), ('x', 3), ('z', 0)`.execute(
      db,
    );
    const tables = new Map((await readCatalog(db, dialect)).map((t) => [t.name, t]));
    const read = async (name: string) => {
      const out: unknown[][] = [];
      for await (const r of tableRows(db, tables.get(name)!, 2)) out.push(r);
      return out;
    };
    expect((await read('z_parent')).map((r) => r[0])).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'p']);
    expect(await read('pair')).toEqual([
      ['x', 3],
      ['x', 9],
      ['y', 1],
      ['y', 2],
      ['z', 0],
    ]);
  });
});
