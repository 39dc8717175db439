/**
 * A record's entity type in a language (`entity.<type>` of the catalogue); the server's spaced
 * names (`storage box`, `adverse event`) are read as the hyphenated type. A type the catalogue
 * lacks is shown as the server named it.
 */
import { entitiesEn } from './messages.entities.en.ts';
import { type Locale, translate } from './translate.ts';

type EntityKey = keyof typeof entitiesEn;

/** @example entityLabel('zh-CN', 'storage box') // '冻存盒' */
export function entityLabel(locale: Locale, entityType: string): string {
  const key = `entity.${entityType.trim().toLowerCase().replace(/\s+/g, '-')}`;
  return Object.hasOwn(entitiesEn, key) ? translate(locale, key as EntityKey) : entityType;
}
