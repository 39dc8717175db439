/**
 * The backup file: gzip-compressed JSON lines, the same for both engines (so a backup of the
 * embedded database can be restored into PostgreSQL and back).
 *
 *   line 1   header  {format, version, createdAt, source, migrations, checkpoint, tables}
 *   then     rows    {"t": table, "r": [values in the header's column order]}, tables in the
 *                    header's order (parents before children), each in primary-key order
 *   last     trailer {"end": true, rows: {table: count}, auditHead: {seq, hash}}
 *
 * The trailer proves the file is whole: a restore that does not reach it refuses. The
 * checkpoint is the audit chain-head file as it was just before the snapshot (so the snapshot
 * holds that event and the restore can check the chain against it).
 */
import type { AuditCheckpoint } from '../audit/audit-checkpoint.ts';
import type { DialectName } from '../migrations/migration.ts';

export const BACKUP_FORMAT = 'oncotrial-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: { dialect: DialectName };
  migrations: string[];
  checkpoint: AuditCheckpoint | null;
  tables: { name: string; columns: string[] }[];
}

export interface BackupRowLine {
  t: string;
  r: unknown[];
}

export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
  auditHead: { seq: number; hash: string };
}

export function isHeader(x: unknown): x is BackupHeader {
  const h = x as BackupHeader | null;
  return (
    !!h && h.format === BACKUP_FORMAT && Array.isArray(h.tables) && Array.isArray(h.migrations)
  );
}

export function isTrailer(x: unknown): x is BackupTrailer {
  return !!x && (x as BackupTrailer).end === true;
}
