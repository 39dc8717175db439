/**
 * Lesion statuses and the engine's per-category findings in words, in the current language:
 * the stored codes (RECIST 1.1 §4.3.2 target, §4.3.3 non-target, §4.3.5 new lesions; core
 * `recist-input.schema.ts`, `response-codes.ts`) stay codes, the screen shows their names.
 */
import type { LesionStatus } from '../../../core/recist/recist-input.schema.ts';
import type { NewLesionResponse } from '../../../core/recist/response-codes.ts';
import type { PlainMessageKey } from '../../i18n/translate.ts';

/** @example lesionStatusKey('too-small') // 'lesionStatus.too-small' ("Too small to measure") */
export function lesionStatusKey(s: LesionStatus): PlainMessageKey {
  return `lesionStatus.${s}`;
}

/** @example newLesionKey('EQUIVOCAL') // 'tumour.newEquivocal' ("Equivocal") */
export function newLesionKey(r: NewLesionResponse): PlainMessageKey {
  switch (r) {
    case 'NO':
      return 'tumour.newNo';
    case 'YES':
      return 'tumour.newYes';
    case 'EQUIVOCAL':
      return 'tumour.newEquivocal';
    default: {
      const never: never = r;
      return never;
    }
  }
}
