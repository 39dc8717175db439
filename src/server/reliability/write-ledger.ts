/**
 * What a rig sent and what it was told, and the check of the database against it after a crash:
 * every acknowledged write is there with the id the server answered; every row the rig's writes
 * left has exactly its audit events (one `create`, and for an account one token and one
 * `issue-activate-token`) and no event points at a row that is not there — so a command is
 * either wholly present or wholly absent, whether or not its answer arrived.
 */
import type { Store } from '../../store/open-store.ts';
import type { PlannedWrite, WriteKind } from './audited-writes.ts';

export interface LedgerEntry {
  kind: WriteKind;
  /** Id from a 2xx answer; null while unanswered (the server may or may not have committed). */
  ackedId: string | null;
}

export class WriteLedger {
  readonly entries = new Map<string, LedgerEntry>();
  /** HTTP answers other than 201, and network failures before the kill: each one is a failure. */
  readonly unexpected: string[] = [];
  acked = 0;
  unanswered = 0;

  sent(w: PlannedWrite): void {
    this.entries.set(w.key, { kind: w.kind, ackedId: null });
  }

  ack(w: PlannedWrite, id: string): void {
    const e = this.entries.get(w.key);
    if (e) e.ackedId = id;
    this.acked++;
  }
}

/** Every way the database disagrees with the ledger (empty when consistent). */
export async function ledgerProblems(store: Store, ledger: WriteLedger): Promise<string[]> {
  const problems: string[] = [];
  const sites = await store.db.selectFrom('sites').select(['id', 'code']).execute();
  const users = await store.db.selectFrom('users').select(['id', 'username']).execute();
  const rows = new Map<string, { kind: WriteKind; id: string }>();
  for (const s of sites) rows.set(s.code, { kind: 'site', id: s.id });
  for (const u of users) rows.set(u.username, { kind: 'user', id: u.id });

  const events = await store.db
    .selectFrom('audit_events')
    .select(['entity_type', 'entity_id', 'action'])
    .where('entity_type', 'in', ['site', 'user'])
    .execute();
  const eventCount = new Map<string, number>();
  for (const e of events) {
    const k = `${e.entity_type} ${e.entity_id} ${e.action}`;
    eventCount.set(k, (eventCount.get(k) ?? 0) + 1);
  }
  const tokens = await store.db
    .selectFrom('password_tokens')
    .select(['user_id'])
    .where('purpose', '=', 'activate')
    .execute();
  const tokenCount = new Map<string, number>();
  for (const t of tokens) tokenCount.set(t.user_id, (tokenCount.get(t.user_id) ?? 0) + 1);

  for (const [key, entry] of ledger.entries) {
    const row = rows.get(key);
    if (entry.ackedId !== null && (!row || row.id !== entry.ackedId))
      problems.push(`acknowledged ${entry.kind} ${key} (${entry.ackedId}) is missing`);
    if (!row) continue;
    const creates = eventCount.get(`${entry.kind} ${row.id} create`) ?? 0;
    if (creates !== 1) problems.push(`${entry.kind} ${key} has ${creates} create events`);
    if (entry.kind === 'user') {
      const issued = eventCount.get(`user ${row.id} issue-activate-token`) ?? 0;
      const kept = tokenCount.get(row.id) ?? 0;
      if (issued !== 1 || kept !== 1)
        problems.push(`user ${key}: ${issued} token events and ${kept} tokens (want 1 and 1)`);
    }
  }
  const known = new Set([...sites.map((s) => s.id), ...users.map((u) => u.id)]);
  for (const e of events)
    if (!known.has(e.entity_id))
      problems.push(`${e.action} event for ${e.entity_type} ${e.entity_id} without its row`);
  return problems;
}

/** How many writes that never got an answer are in the database (committed before the crash). */
export async function unansweredCommitted(store: Store, ledger: WriteLedger): Promise<number> {
  const keys = [...ledger.entries].filter(([, e]) => e.ackedId === null).map(([k]) => k);
  if (keys.length === 0) return 0;
  const sites = await store.db
    .selectFrom('sites')
    .select('code')
    .where('code', 'in', keys)
    .execute();
  const users = await store.db
    .selectFrom('users')
    .select('username')
    .where('username', 'in', keys)
    .execute();
  return sites.length + users.length;
}
