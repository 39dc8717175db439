import { describe, expect, it } from 'vitest';
import { defaultPanels } from '../../../core/protocol/default-panels.ts';
import type { AssessmentPanel } from '../../../core/protocol/study-definition.schema.ts';
import { checkPanel, errorsByItem, outOfRange, panelDraft, panelResults } from './panel-draft.ts';

/** A default panel with `required` filled in, as the study schema outputs it. */
const panel = (id: string): AssessmentPanel => {
  const p = defaultPanels.find((x) => x.id === id)!;
  return { ...p, items: p.items.map((i) => ({ ...i, required: i.required ?? false })) };
};
const liver = panel('liver-kidney');
const ct = panel('ct-imaging');

describe('panel drafts', () => {
  it('start from the protocol unit and default reference range', () => {
    expect(panelDraft(liver, []).ALT).toEqual({ value: '', unit: 'U/L', low: '7', high: '40' });
  });

  it('send only typed items, and the server rule accepts valid values', () => {
    const d = panelDraft(liver, []);
    d.ALT = { ...d.ALT!, value: '80' };
    const results = panelResults(liver, d);
    expect(results).toEqual([
      { code: 'ALT', value: '80', unit: 'U/L', referenceLow: '7', referenceHigh: '40' },
    ]);
    expect(checkPanel(liver, results)).toEqual({});
  });

  it('report a non-number beside its item, and a required item left empty', () => {
    const d = panelDraft(liver, []);
    d.AST = { ...d.AST!, value: '4o' };
    expect(checkPanel(liver, panelResults(liver, d)).AST?.[0]).toContain(
      'must be a decimal number',
    );
    const c = panelDraft(ct, []);
    expect(checkPanel(ct, panelResults(ct, c)).METHOD?.[0]).toContain('is required');
  });

  it('map server paths back to item codes', () => {
    const sent = [
      { code: 'ALT', value: '1' },
      { code: 'AST', value: 'x' },
    ];
    expect(errorsByItem([{ path: 'body.results.1.value', message: 'bad' }], sent)).toEqual({
      AST: ['bad'],
    });
  });

  it('flag values outside the range, inclusive bounds inside', () => {
    expect(outOfRange('80', '7', '40')).toBe('high');
    expect(outOfRange('40', '7', '40')).toBeNull();
    expect(outOfRange('6.9', '7', '40')).toBe('low');
    expect(outOfRange('', '7', '40')).toBeNull();
  });
});
