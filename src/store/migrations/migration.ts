/** A schema migration that may need to know which engine it runs on (triggers differ). */
import type { Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * An untyped Kysely handle. Migrations run against the schema as it was at their time, not
 * today's typed schema; the generic audited insert/update helpers address tables by name.
 */
// biome-ignore lint/suspicious/noExplicitAny: see the comment above
export type UntypedDb = Kysely<any>;

export interface VersionedMigration {
  /** Sortable name, e.g. `0001-audit-trail`. Never renamed once released. */
  name: string;
  up(db: UntypedDb, dialect: DialectName): Promise<void>;
}
