/**
 * Database triggers that make a table write-once: UPDATE and DELETE (and TRUNCATE on
 * PostgreSQL) are refused by the engine itself, whatever the application does. Used for the
 * audit trail (append-only) and data cuts (immutable snapshots).
 */
import { sql } from 'kysely';
import type { DialectName, UntypedDb } from './migration.ts';

/**
 * @example await refuseChanges(db, dialect, 'audit_events', 'append-only', 'audit_events_append_only')
 * // SQLite: triggers audit_events_no_update, audit_events_no_delete;
 * // PostgreSQL: function audit_events_append_only(), triggers audit_events_no_change, audit_events_no_truncate
 */
export async function refuseChanges(
  db: UntypedDb,
  dialect: DialectName,
  table: string,
  what: string,
  pgFunction: string,
): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
           BEGIN SELECT RAISE(ABORT, '${table} is ${what}: ${op} refused'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION ${pgFunction}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '${table} is ${what}: % refused', TG_OP; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${pgFunction}()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${pgFunction}()`,
    )
    .execute(db);
}
