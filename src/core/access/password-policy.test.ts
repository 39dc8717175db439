import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH } from './password-policy.ts';

describe('password policy (NIST SP 800-63B)', () => {
  it('decides by length: 7 refused, 8 accepted, 128 accepted, 129 refused', () => {
    expect(checkPassword('abcdefg', 'u')[0]?.rule).toBe('password-min-length');
    expect(checkPassword('kq7#vZp2', 'u')).toEqual([]);
    expect(checkPassword(`${'x'.repeat(127)}y`, 'u')).toEqual([]);
    expect(checkPassword(`${'xy'.repeat(64)}z`, 'u')[0]?.rule).toBe('password-max-length');
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
  });
  it('has no composition rules: a long lower-case passphrase is fine', () => {
    expect(checkPassword('correct horse battery staple', 'alice')).toEqual([]);
  });
  it('counts characters, not bytes (Chinese passphrases)', () => {
    expect(checkPassword('临床研究数据安全第一', 'alice')).toEqual([]);
    expect(checkPassword('数据安全', 'alice')[0]?.rule).toBe('password-min-length');
  });
  it('refuses common and breached passwords regardless of case', () => {
    expect(checkPassword('Password1', 'alice')[0]?.rule).toBe('password-common');
    expect(checkPassword('12345678', 'alice')[0]?.rule).toBe('password-common');
  });
  it('refuses the user name inside the password and repeated characters', () => {
    expect(checkPassword('my-alice-pass', 'Alice')[0]?.rule).toBe('password-contains-username');
    expect(checkPassword('zzzzzzzzzz', 'alice')[0]?.rule).toBe('password-repetitive');
  });
});
