/**
 * Engine reasons (core `Reason`: code, params, English text) in the reader's language. Each
 * engine's English templates live beside the engine in the core; its zh-CN templates live here
 * in `reasons.<engine>.zh-CN.ts`, typed as `Record<keyof typeof <ENGLISH>, string>` so a
 * missing translation is a type error, and registered in {@link REASON_CATALOGUES} (a unit test
 * checks keys, placeholders and that zh-CN is a translation). Codes are dotted with the engine's
 * name (`recist.target-pr`) so two engines never share one.
 */
import { RECIST_REASON_TEMPLATES } from '../../core/recist/recist-reason-templates.ts';
import { CTCAE_REASONS } from '../../core/safety/ctcae-reasons.ts';
import { MEDICATION_REASONS } from '../../core/safety/medication-reasons.ts';
import { SAFETY_REASONS } from '../../core/safety/safety-reasons.ts';
import type { Reason } from '../../core/shared/reason.ts';
import { fillTemplate } from '../../core/shared/reason.ts';
import { SPECIMEN_REASONS } from '../../core/specimens/reconciliation-reasons.ts';
import { DESIGN_REASONS } from '../../core/stats/simon-reasons.ts';
import { ELIGIBILITY_REASONS } from '../../core/subjects/eligibility-reasons.ts';
import { ENROLMENT_REASONS } from '../../core/subjects/enrolment-reasons.ts';
import { CTCAE_REASONS_ZH_CN } from './reasons.ctcae.zh-CN.ts';
import { DESIGN_REASONS_ZH_CN } from './reasons.design.zh-CN.ts';
import { ELIGIBILITY_REASONS_ZH_CN } from './reasons.eligibility.zh-CN.ts';
import { ENROLMENT_REASONS_ZH_CN } from './reasons.enrolment.zh-CN.ts';
import { MEDICATION_REASONS_ZH_CN } from './reasons.medication.zh-CN.ts';
import { RECIST_REASONS_ZH_CN } from './reasons.recist.zh-CN.ts';
import { SAFETY_REASONS_ZH_CN } from './reasons.safety.zh-CN.ts';
import { SPECIMEN_REASONS_ZH_CN } from './reasons.specimen.zh-CN.ts';
import type { Locale } from './translate.ts';

export interface ReasonCatalogue {
  /** The engine, for test names. */
  readonly engine: string;
  readonly en: Readonly<Record<string, string>>;
  readonly 'zh-CN': Readonly<Record<string, string>>;
}

/** Every engine whose reasons the web app shows. */
export const REASON_CATALOGUES: readonly ReasonCatalogue[] = [
  { engine: 'ctcae', en: CTCAE_REASONS, 'zh-CN': CTCAE_REASONS_ZH_CN },
  { engine: 'eligibility', en: ELIGIBILITY_REASONS, 'zh-CN': ELIGIBILITY_REASONS_ZH_CN },
  { engine: 'enrolment', en: ENROLMENT_REASONS, 'zh-CN': ENROLMENT_REASONS_ZH_CN },
  { engine: 'design', en: DESIGN_REASONS, 'zh-CN': DESIGN_REASONS_ZH_CN },
  { engine: 'recist', en: RECIST_REASON_TEMPLATES, 'zh-CN': RECIST_REASONS_ZH_CN },
  { engine: 'safety', en: SAFETY_REASONS, 'zh-CN': SAFETY_REASONS_ZH_CN },
  { engine: 'specimen', en: SPECIMEN_REASONS, 'zh-CN': SPECIMEN_REASONS_ZH_CN },
  { engine: 'medication', en: MEDICATION_REASONS, 'zh-CN': MEDICATION_REASONS_ZH_CN },
];

function merged(locale: Locale): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const c of REASON_CATALOGUES) {
    for (const [code, template] of Object.entries(c[locale])) m.set(code, template);
  }
  return m;
}

const byLocale: Record<Locale, ReadonlyMap<string, string>> = {
  en: merged('en'),
  'zh-CN': merged('zh-CN'),
};

/**
 * One reason in `locale`; a code no catalogue knows (an older server, free text) is shown in the
 * engine's own English words rather than hidden.
 * @example explain('zh-CN', { code: 'recist.no-post-baseline', params: {}, text: '…' })
 */
export function explain(locale: Locale, reason: Reason): string {
  const template = byLocale[locale].get(reason.code);
  return template === undefined ? reason.text : fillTemplate(template, reason.params);
}
