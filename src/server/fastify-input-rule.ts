/**
 * The rule of one of Fastify's own input errors (`FST_ERR_CTP_*`: the body could not be read), so
 * a bad body names its rule like every other bad input and a screen can translate it.
 */

/**
 * @example fastifyInputRule('FST_ERR_CTP_INVALID_JSON_BODY') // 'json-syntax'
 * @example fastifyInputRule('FST_ERR_CTP_BODY_TOO_LARGE') // 'body-too-large'
 */
export function fastifyInputRule(code: string | undefined): string | undefined {
  if (!code?.startsWith('FST_ERR_CTP_')) return undefined;
  if (code.includes('JSON')) return 'json-syntax';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'body-too-large';
  if (code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return 'content-length';
  return 'content-type';
}
