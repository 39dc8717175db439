/**
 * Text fields of safety records: trimmed, bounded, and free of NUL characters (PostgreSQL text
 * cannot hold U+0000, so such input is refused as a 400 naming the field rather than failing
 * in the database).
 */
import { z } from 'zod';

const NUL = String.fromCharCode(0);
const noNul = (s: string) => !s.includes(NUL);
const NO_NUL_MESSAGE = { message: 'must not contain NUL characters' };

/**
 * @example plainText(200).parse(' Hepatic failure ') // 'Hepatic failure'
 */
export function plainText(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max).refine(noNul, NO_NUL_MESSAGE);
}

/** An identifier in a path or query (record id). */
export const idText = z.string().min(1).max(200).refine(noNul, NO_NUL_MESSAGE);

/** A reason for change (may be absent: the write path then says a reason is required). */
export const reasonText = z.string().max(4000).refine(noNul, NO_NUL_MESSAGE).optional();
