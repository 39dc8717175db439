/**
 * English templates of the input rules every boundary shares: zod's issue codes (with the
 * variants `<code>.<origin>`, `<code>.<origin>.exclusive` and `<code>.missing` a screen picks by
 * the params, see `web/i18n/problem-text.ts`) and the server's own checks on a request.
 * `{message}` is the server's English message itself (a refinement's own words).
 */
export const INPUT_RULES = {
  too_small: 'is below the minimum {minimum}',
  'too_small.string': 'must have at least {minimum} characters',
  'too_small.number': 'must be at least {minimum}',
  'too_small.number.exclusive': 'must be greater than {minimum}',
  'too_small.int': 'must be at least {minimum}',
  'too_small.int.exclusive': 'must be greater than {minimum}',
  'too_small.array': 'must have at least {minimum} items',
  too_big: 'is above the maximum {maximum}',
  'too_big.string': 'must have at most {maximum} characters',
  'too_big.number': 'must be at most {maximum}',
  'too_big.number.exclusive': 'must be less than {maximum}',
  'too_big.int': 'must be at most {maximum}',
  'too_big.int.exclusive': 'must be less than {maximum}',
  'too_big.array': 'must have at most {maximum} items',
  invalid_type: 'must be of type {expected}',
  'invalid_type.missing': 'is required',
  invalid_format: 'is not a valid {format}',
  invalid_value: 'must be one of: {values}',
  unrecognized_keys: 'unknown fields: {keys}',
  not_multiple_of: 'must be a multiple of {divisor}',
  invalid_union: 'matches none of the allowed forms',
  invalid_key: 'has an invalid key',
  invalid_element: 'has an invalid element',
  custom: 'is not valid: {message}',
  'iso-date': 'must be a calendar date written YYYY-MM-DD',
  'iso-instant': 'must be a date and time (ISO 8601, UTC)',
  'instant-with-offset': 'must be an instant with its offset, e.g. 2026-11-25T08:30:00+08:00',
  'partial-date': 'must be a full or partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
  required: 'is required',
  'unique-items': 'lists the same item twice',
  'json-syntax': 'the request body is not valid JSON',
  'content-type': 'the request body has a content type the server does not read',
  'content-length': 'the request body length is wrong',
  'body-too-large': 'the request body is too large',
  'no-nul-character': 'must not contain the NUL character (U+0000)',
} as const;
