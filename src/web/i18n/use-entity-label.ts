/** A record's entity type in the reader's language; a type the catalogue lacks is shown as given. */
import { useCallback } from 'react';
import { useT } from './i18n.context.tsx';
import { entitiesEn } from './messages.entities.en.ts';

type EntityKey = keyof typeof entitiesEn;

export function useEntityLabel(): (entityType: string) => string {
  const t = useT();
  return useCallback(
    (entityType: string) => {
      const key = `entity.${entityType}`;
      return Object.hasOwn(entitiesEn, key) ? t(key as EntityKey) : entityType;
    },
    [t],
  );
}
