import { describe, expect, it } from 'vitest';
import { entityLabel } from './entity-label.ts';

describe('entityLabel', () => {
  it('names a known entity type in each language, spaced or hyphenated', () => {
    expect(entityLabel('en', 'tumour-assessment')).toBe('Tumour assessment');
    expect(entityLabel('zh-CN', 'tumour-assessment')).toBe('肿瘤评估');
    expect(entityLabel('zh-CN', 'storage box')).toBe('冻存盒');
    expect(entityLabel('zh-CN', 'Adverse event')).toBe('不良事件');
  });

  it('shows an unknown type as the server named it', () => {
    expect(entityLabel('zh-CN', 'odm dataset')).toBe('odm dataset');
    expect(entityLabel('en', 'toString')).toBe('toString');
  });
});
