/** `validate` and `messagesFor` (schema-errors.ts) in the current language. */
import { useMemo } from 'react';
import type { z } from 'zod';
import { useLocale } from '../../i18n/i18n.context.tsx';
import * as schemaErrors from './schema-errors.ts';

export function useSchemaErrors() {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      validate: <S extends z.ZodType>(schema: S, value: unknown) =>
        schemaErrors.validate(schema, value, locale),
      messagesFor: (client: schemaErrors.FieldErrors, serverError: unknown, field: string) =>
        schemaErrors.messagesFor(client, serverError, field, locale),
    }),
    [locale],
  );
}
