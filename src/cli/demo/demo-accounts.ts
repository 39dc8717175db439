/**
 * Demo accounts, one per role, named after the role (`investigator`, `coordinator`, …) and all
 * sharing one demo password. Created the way production creates accounts (account, one-time
 * activation token, the user's own password, then grants), so sign-in, sessions and access
 * checks are the real ones. Site roles are held at every enrolling site, central roles
 * study-wide, the biobank technician at the central biobank. DEMO ONLY: never on a real study.
 */
import { checkPassword } from '../../core/access/password-policy.ts';
import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';
import {
  createUser,
  grantRole,
  setPasswordWithToken,
} from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import type { Store } from '../../store/open-store.ts';
import type { Site } from '../../store/sites/site-repository.ts';

/** One password for every demo account; passes the NIST-style password policy. */
export const DEMO_PASSWORD = 'leflunomide men1 demo';

/** Where each role is granted: at every enrolling site, study-wide, or at the central biobank. */
export const DEMO_ROLE_SCOPE: Record<Role, 'enrolling-sites' | 'study' | 'biobank'> = {
  investigator: 'enrolling-sites',
  coordinator: 'enrolling-sites',
  monitor: 'enrolling-sites',
  'radiology-reviewer': 'enrolling-sites',
  'data-manager': 'study',
  statistician: 'study',
  auditor: 'study',
  administrator: 'study',
  'biobank-technician': 'biobank',
};

export interface DemoAccount {
  username: string;
  role: Role;
  /** Where the role is held, for the console table. */
  scope: string;
  /** False when the account existed already (its password was left alone). */
  created: boolean;
}

/**
 * Creates the demo accounts that do not exist yet and grants their roles.
 *
 * @example
 * const accounts = await ensureDemoAccounts(store, sites); // accounts[0].username === 'administrator'
 */
export async function ensureDemoAccounts(store: Store, sites: Site[]): Promise<DemoAccount[]> {
  const biobank = sites.find((s) => s.isCentralBiobank);
  const enrolling = sites.filter((s) => !s.isCentralBiobank);
  const accounts: DemoAccount[] = [];
  for (const [role, where] of Object.entries(DEMO_ROLE_SCOPE) as Array<
    [Role, (typeof DEMO_ROLE_SCOPE)[Role]]
  >) {
    const username = role;
    if (checkPassword(DEMO_PASSWORD, username).length)
      throw new Error(`the demo password does not pass the password policy for ${username}`);
    const existing = await store.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    let userId = existing?.id;
    if (!userId) {
      const { user, activationToken } = await createUser(store, SYSTEM_ACTOR, {
        username,
        displayName: `Demo ${ROLE_LABELS[role].en.toLowerCase()}`,
      });
      await setPasswordWithToken(store, activationToken, DEMO_PASSWORD);
      userId = user.id;
    }
    const siteIds =
      where === 'study'
        ? [null]
        : where === 'biobank'
          ? [biobank?.id ?? null]
          : enrolling.map((s) => s.id);
    for (const siteId of siteIds) await grantRole(store, SYSTEM_ACTOR, userId, role, siteId);
    accounts.push({
      username,
      role,
      scope:
        where === 'study'
          ? 'study-wide'
          : where === 'biobank'
            ? (biobank?.code ?? 'study-wide')
            : enrolling.map((s) => s.code).join(', '),
      created: !existing,
    });
  }
  return accounts;
}
