/**
 * English titles of API problems, by problem type (`server/problem.ts`), and the details of the
 * problem types that carry no rule. Spread into `messages.en.ts`.
 */
export const problemsEn = {
  'problem.title.invalid-input': 'The input is not valid',
  'problem.title.not-found': 'Not found',
  'problem.title.conflict': 'Conflict with the current state',
  'problem.title.forbidden': 'Not allowed',
  'problem.title.unauthenticated': 'Sign-in required',
  'problem.title.locked': 'The data are locked',
  'problem.title.rate-limited': 'Too many attempts',
  'problem.title.internal': 'Internal error',
  'problem.title.no-such-route': 'No such route',
  'problem.title.bad-request': 'Bad request',
  'problem.title.client-check': 'The input is not valid',
  'problem.detail.unauthenticated': 'Sign in to continue.',
  'problem.detail.rate-limited': 'Too many attempts. Wait a moment and try again.',
  'problem.detail.not-found': '{entity} {id} was not found.',
  'problem.detail.internal': 'An unexpected error occurred; it has been logged.',
} as const;
