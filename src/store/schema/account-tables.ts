/** Accounts, role grants per site, server-side sessions and one-time password tokens. */
export interface UsersTable {
  /** Random UUID: never reused, even after the account is disabled (accounts are never deleted). */
  id: string;
  /** Lower-case, unique for ever. */
  username: string;
  display_name: string;
  email: string | null;
  /** argon2id PHC string; null until the user sets a password with a one-time token. */
  password_hash: string | null;
  status: 'active' | 'disabled';
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  password_changed_at: string | null;
}

export interface RoleGrantsTable {
  id: string;
  user_id: string;
  role: string;
  /** null = study-wide. */
  site_id: string | null;
  granted_at: string;
  granted_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token: a database reader cannot use the token. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface PasswordTokensTable {
  /** SHA-256 of the one-time token. */
  id: string;
  user_id: string;
  purpose: 'activate' | 'reset';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
