/** Account security settings (defaults follow NIST SP 800-63B AAL2 re-authentication limits). */
export interface AccountSettings {
  /** Idle time after which a session ends (minutes). */
  sessionIdleMinutes: number;
  /** Longest a session lives, whatever the activity (hours). */
  sessionAbsoluteHours: number;
  /** Consecutive failed sign-ins that lock the account. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Validity of one-time activation / reset tokens (hours). */
  passwordTokenHours: number;
}

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  passwordTokenHours: 72,
};

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
