/** The enrolment gate's findings in Simplified Chinese (English: core `subjects/enrolment-reasons.ts`). */
import type { ENROLMENT_REASONS } from '../../core/subjects/enrolment-reasons.ts';

export const ENROLMENT_REASONS_ZH_CN: Record<keyof typeof ENROLMENT_REASONS, string> = {
  'enrolment.consent-first': 'ICH E6(R3)：获得知情同意前不得进行任何研究程序',
  'enrolment.design-open': 'II 期设计：{sentence}',
};
