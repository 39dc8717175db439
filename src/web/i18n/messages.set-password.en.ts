/**
 * English strings of the set-password screen (one-time activation or reset links). Spread into
 * `messages.en.ts`.
 */
export const setPasswordEn = {
  'setPassword.title': 'Choose your password',
  'setPassword.intro':
    'This one-time link lets you choose the password for your account. Use at least 8 characters; a long passphrase is best. Nobody else, not even an administrator, will know it.',
  'setPassword.password': 'New password',
  'setPassword.repeat': 'Repeat the new password',
  'setPassword.mismatch': 'The two passwords are not the same.',
  'setPassword.noToken':
    'This page needs the one-time link you were given; the link is incomplete.',
  'setPassword.submit': 'Set password',
  'setPassword.submitting': 'Saving…',
  'setPassword.failed': 'The password was not set.',
  'setPassword.done': 'Your password is set. You can now sign in.',
  'setPassword.signIn': 'Sign in',
} as const;
