import { describe, expect, it } from 'vitest';
import { LESION_STATUSES } from '../../../core/recist/recist-input.schema.ts';
import { translate } from '../../i18n/translate.ts';
import { lesionStatusKey, newLesionKey } from './lesion-status-label.ts';

describe('lesion status labels', () => {
  it('names every lesion status in English and Chinese, never as the raw code', () => {
    for (const s of LESION_STATUSES) {
      const en = translate('en', lesionStatusKey(s));
      const zh = translate('zh-CN', lesionStatusKey(s));
      expect(en).not.toBe(s);
      expect(en).not.toContain('lesionStatus.');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(translate('en', lesionStatusKey('too-small'))).toBe('Too small to measure');
    expect(translate('zh-CN', lesionStatusKey('unequivocal-progression'))).toBe('明确进展');
  });

  it('names the engine’s new-lesion finding', () => {
    expect(
      (['NO', 'EQUIVOCAL', 'YES'] as const).map((r) => translate('zh-CN', newLesionKey(r))),
    ).toEqual(['无', '不确定', '有']);
    expect(translate('en', newLesionKey('YES'))).toBe('Yes');
  });
});
