import { describe, expect, it } from 'vitest';
import { eligibilityReason } from '../../../core/subjects/eligibility-reasons.ts';
import { withNamedTerms } from '../../i18n/named-terms.ts';
import { explain } from '../../i18n/reason-catalogue.ts';
import { translate } from '../../i18n/translate.ts';
import { FINDING_TERMS } from './use-explain-finding.ts';

const variant = eligibilityReason('eligibility.men1-variant', {
  classification: 'likely-pathogenic',
  origin: 'germline',
  hgvs: 'c.1546dupC',
  sample: 'blood',
});

describe('eligibility findings in the reader’s language', () => {
  it('names the ACMG/AMP class, origin and sample in Chinese, the HGVS as written', () => {
    const zh = withNamedTerms(variant, FINDING_TERMS, (k) => translate('zh-CN', k as never));
    expect(explain('zh-CN', zh)).toBe('血液样本中的胚系可能致病 MEN1 变异 c.1546dupC');
  });

  it('leaves English as the engine wrote it, and unknown values alone', () => {
    expect(explain('en', variant)).toBe(
      'likely-pathogenic germline MEN1 variant c.1546dupC in blood',
    );
    const odd = { ...variant, params: { ...variant.params, sample: 'saliva' } };
    expect(
      withNamedTerms(odd, FINDING_TERMS, (k) => translate('zh-CN', k as never)).params.sample,
    ).toBe('saliva');
  });

  it('ALT above the limit reads in Chinese with the exact multiple', () => {
    const r = eligibilityReason('eligibility.alt-above-limit', {
      value: 90,
      timesUln: '2.25',
      uln: 40,
      maxTimesUln: 2,
    });
    expect(explain('zh-CN', r)).toBe(
      'ALT 90 = 2.25 × ULN（ULN 40）> 2 × ULN：不适合使用来氟米特（说明书）',
    );
  });
});
