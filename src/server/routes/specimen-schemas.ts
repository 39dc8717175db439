/** Request fields shared by the specimen routes. */
import { z } from 'zod';

export const instant = z.iso.datetime({
  offset: true,
  message: 'must be a date and time with its offset, e.g. 2026-03-02T08:30:00+08:00',
});
export const temperature = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d{1,2})?$/, 'a temperature in °C, e.g. -80 or 4.5');
export const quantity = z.string().trim().min(1, 'a quantity, e.g. 1.5');
export const note = z.string().trim().min(1).max(2000);
export const idParam = (name: string) => z.object({ [name]: z.string().min(1) });
