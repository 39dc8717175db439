/** Runs pending migrations with Kysely's Migrator (its own lock table keeps two starts apart). */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DialectName, UntypedDb } from './migration.ts';
import { migrations } from './migrations.ts';

class CodeMigrationProvider implements MigrationProvider {
  readonly dialect: DialectName;
  constructor(dialect: DialectName) {
    this.dialect = dialect;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const m of migrations) out[m.name] = { up: (db) => m.up(db, this.dialect) };
    return out;
  }
}

export interface MigrationReport {
  applied: string[];
}

export async function runMigrations(db: UntypedDb, dialect: DialectName): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new CodeMigrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
