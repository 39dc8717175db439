/** A core `Reason` (`reason.ts`) as input: a code, its params and the English text. */
import { z } from 'zod';

export const reasonSchema = z.object({
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});
