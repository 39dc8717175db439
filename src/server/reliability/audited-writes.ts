/**
 * The audited writes the reliability rigs drive over HTTP, each checkable afterwards by a unique
 * key: a new site (POST /api/sites, one command writing the row and one `create` event) and a
 * new account (POST /api/admin/users, one command writing the user, a one-time token and two
 * events: `create` and `issue-activate-token`). Both need only an administrator.
 */
import type { HttpAnswer, HttpSession } from './http-session.ts';

export type WriteKind = 'site' | 'user';

export interface PlannedWrite {
  n: number;
  kind: WriteKind;
  /** Site code or user name: unique per write. */
  key: string;
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

/**
 * The n-th write of a run; `prefix` (one upper-case letter) keeps runs on one database apart.
 *
 * @example
 * plannedWrite(37, 'K'); // { kind: 'user', key: 'k-11', path: '/api/admin/users', ... }
 */
export function plannedWrite(
  n: number,
  prefix: string,
  kinds: WriteKind[] = ['site', 'user'],
): PlannedWrite {
  const kind = kinds[n % kinds.length] ?? 'site';
  const tag = n.toString(36).toUpperCase();
  if (kind === 'site') {
    const code = `${prefix}${tag}`;
    return {
      n,
      kind,
      key: code,
      method: 'POST',
      path: '/api/sites',
      body: { code, name: `Rig site ${n}`, timezone: 'Europe/Paris' },
    };
  }
  const username = `${prefix.toLowerCase()}-${tag.toLowerCase()}`;
  return {
    n,
    kind,
    key: username,
    method: 'POST',
    path: '/api/admin/users',
    body: { username, displayName: `Rig user ${n}` },
  };
}

/** Sends a planned write; the created entity's id when the server acknowledged it (201). */
export async function sendWrite(
  session: HttpSession,
  w: PlannedWrite,
): Promise<{ answer: HttpAnswer; id: string | null }> {
  const answer = await session.send(w.method, w.path, w.body);
  if (answer.status !== 201) return { answer, id: null };
  const b = answer.body as { id?: string; user?: { id?: string } };
  return { answer, id: (w.kind === 'site' ? b.id : b.user?.id) ?? null };
}
