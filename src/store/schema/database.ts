/**
 * The whole schema as one Kysely type. Each capability declares its tables in its own
 * `schema/*-tables.ts` file and adds them here.
 */
import type {
  PasswordTokensTable,
  RoleGrantsTable,
  SessionsTable,
  UsersTable,
} from './account-tables.ts';
import type { AuditChainHeadTable, AuditEventsTable } from './audit-tables.ts';
import type { ProtocolVersionsTable, SitesTable } from './protocol-tables.ts';

export interface Database {
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  protocol_versions: ProtocolVersionsTable;
  sites: SitesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  password_tokens: PasswordTokensTable;
}
