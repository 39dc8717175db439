/**
 * Password rules after NIST SP 800-63B §5.1.1.2: length decides (at least 8, at most 128
 * characters, spaces and any Unicode allowed), no composition rules, and a refusal of common or
 * breached passwords and of the user's own name.
 */
import type { ValidationIssue } from '../shared/domain-error.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * @example checkPassword('correct horse battery', 'alice') // []
 * @example checkPassword('password1', 'alice')[0].rule // 'password-common'
 */
export function checkPassword(
  password: string,
  username: string,
  path = 'password',
): ValidationIssue[] {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH)
    return [
      {
        path,
        rule: 'password-min-length',
        message: `must be at least ${PASSWORD_MIN_LENGTH} characters (it has ${length})`,
        params: { minimum: PASSWORD_MIN_LENGTH, length },
      },
    ];
  if (length > PASSWORD_MAX_LENGTH)
    return [
      {
        path,
        rule: 'password-max-length',
        message: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
        params: { maximum: PASSWORD_MAX_LENGTH },
      },
    ];
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower))
    return [
      {
        path,
        rule: 'password-common',
        message: 'is one of the most common (breached) passwords; choose another',
      },
    ];
  if (username && lower.includes(username.toLowerCase()))
    return [
      { path, rule: 'password-contains-username', message: 'must not contain the user name' },
    ];
  if (/^(.)\1+$/u.test(password))
    return [{ path, rule: 'password-repetitive', message: 'must not be one character repeated' }];
  return [];
}
