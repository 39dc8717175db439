/**
 * AE (Adverse Events, SDTMIG 3.4 §6.2.1): one record per adverse event with CTCAE grade
 * (AETOXGR), seriousness, causality, action taken and outcome as recorded. MedDRA LLT, PT and
 * SOC are decoded from the CTCAE v5.0 term (every CTCAE term is a MedDRA LLT; AEBODSYS = AESOC,
 * the primary SOC); see core/safety/ctcae-meddra.ts. The ICH E2A seriousness criteria become
 * the AES* flags (see `seriousnessFlags`).
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { meddraOfCtcaeTerm } from '../../../safety/ctcae-meddra.ts';
import type { SeriousnessCriterion } from '../../../safety/grade5-death-consistency.ts';
import { invalid } from '../../../shared/domain-error.ts';
import type { ExportAdverseEvent, ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

/** MedDRA, as carried by the CTCAE v5.0 term (define.xml ExternalCodeList). */
const meddra = { dictionary: 'MEDDRA', origin: 'Assigned' } as const;

export const aeSpec: DatasetSpec = {
  name: 'AE',
  label: 'Adverse Events',
  class: 'EVENTS',
  structure: 'One record per adverse event per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('AESEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('AETERM', 'Reported Term for the Adverse Event', 200, { mandatory: true }),
    char('AELLT', 'Lowest Level Term', 200, meddra),
    int('AELLTCD', 'Lowest Level Term Code', meddra),
    char('AEDECOD', 'Dictionary-Derived Term', 200, meddra),
    int('AEPTCD', 'Preferred Term Code', meddra),
    char('AEBODSYS', 'Body System or Organ Class', 200, meddra),
    int('AEBDSYCD', 'Body System or Organ Class Code', meddra),
    char('AESOC', 'Primary System Organ Class', 200, meddra),
    int('AESOCCD', 'Primary System Organ Class Code', meddra),
    char('AESER', 'Serious Event', 1, { codelist: 'NY' }),
    char('AEACN', 'Action Taken with Study Treatment', 40, { codelist: 'ACN' }),
    char('AEREL', 'Causality', 40),
    char('AEOUT', 'Outcome of Adverse Event', 40, { codelist: 'OUT' }),
    // SDTMIG 3.4 AE order; AESCAN and AESOD are not ICH E2A criteria and are not collected.
    char('AESCONG', 'Congenital Anomaly or Birth Defect', 1, { codelist: 'NY' }),
    char('AESDISAB', 'Persist or Signif Disability/Incapacity', 1, { codelist: 'NY' }),
    char('AESDTH', 'Results in Death', 1, { codelist: 'NY' }),
    char('AESHOSP', 'Requires or Prolongs Hospitalization', 1, { codelist: 'NY' }),
    char('AESLIFE', 'Is Life Threatening', 1, { codelist: 'NY' }),
    char('AESMIE', 'Other Medically Important Serious Event', 1, { codelist: 'NY' }),
    char('AETOXGR', 'Standard Toxicity Grade', 1),
    char('EPOCH', 'Epoch', 40),
    char('AESTDTC', 'Start Date/Time of Adverse Event', 19),
    char('AEENDTC', 'End Date/Time of Adverse Event', 19),
    int('AESTDY', 'Study Day of Start of Adverse Event'),
    int('AEENDY', 'Study Day of End of Adverse Event'),
  ],
};

const code = (text: string | null) => (text && /^\d{8}$/.test(text) ? Number(text) : null);

/**
 * The MedDRA decode of the CTCAE term (core/safety `meddraOfCtcaeTerm`); a term outside the
 * table keeps AEDECOD empty, with the site's own PT and SOC codes if it coded them.
 */
function meddraVariables(a: ExportSubject['adverseEvents'][number]) {
  const m = meddraOfCtcaeTerm(a.term);
  return {
    AELLT: m?.llt ?? null,
    AELLTCD: m?.lltCode ?? null,
    AEDECOD: m?.pt ?? null,
    AEPTCD: m?.ptCode ?? code(a.meddraPtCode),
    AEBODSYS: m?.soc ?? null,
    AEBDSYCD: m?.socCode ?? code(a.meddraSocCode),
    AESOC: m?.soc ?? null,
    AESOCCD: m?.socCode ?? code(a.meddraSocCode),
  };
}

/**
 * Each ICH E2A seriousness criterion the CRF collects and its SDTMIG 3.4 AE flag. "Involves
 * cancer" (AESCAN) and "occurred with overdose" (AESOD) are not ICH E2A criteria and the CRF
 * does not ask them, so they are not exported: a flag is written only for what was collected.
 */
export const SERIOUSNESS_FLAG: Readonly<Record<SeriousnessCriterion, string>> = {
  'congenital-anomaly': 'AESCONG',
  disability: 'AESDISAB',
  death: 'AESDTH',
  hospitalisation: 'AESHOSP',
  'life-threatening': 'AESLIFE',
  'other-important': 'AESMIE',
};

const isCriterion = (c: string): c is SeriousnessCriterion => Object.hasOwn(SERIOUSNESS_FLAG, c);

/**
 * The seriousness flags of one AE: Y for each criterion recorded, N for the others, and all null
 * when the event is not serious (SDTMIG 3.4 AE assumptions: the seriousness category variables
 * are populated only when AESER = Y). An unknown criterion, or seriousness that disagrees with
 * its criteria (serious ⇔ at least one criterion, ICH E2A), is refused rather than guessed.
 * @example seriousnessFlags({ serious: true, seriousCriteria: ['hospitalisation'] })
 *   // { AESCONG: 'N', AESDISAB: 'N', AESDTH: 'N', AESHOSP: 'Y', AESLIFE: 'N', AESMIE: 'N' }
 */
export function seriousnessFlags(
  a: Pick<ExportAdverseEvent, 'serious' | 'seriousCriteria'>,
): Record<string, 'Y' | 'N' | null> {
  const unknown = a.seriousCriteria.filter((c) => !isCriterion(c));
  if (unknown.length > 0)
    throw invalid(
      'seriousCriteria',
      'unknown-seriousness-criterion',
      `unknown seriousness criterion ${unknown.map((c) => `"${c}"`).join(', ')}; expected one of ${Object.keys(SERIOUSNESS_FLAG).join(', ')} (ICH E2A)`,
    );
  if (a.serious !== a.seriousCriteria.length > 0)
    throw invalid(
      'seriousCriteria',
      'serious-needs-criterion',
      a.serious
        ? 'a serious adverse event needs at least one seriousness criterion (ICH E2A)'
        : 'a non-serious adverse event has no seriousness criteria (ICH E2A)',
    );
  const flags: Record<string, 'Y' | 'N' | null> = {};
  for (const [criterion, flag] of Object.entries(SERIOUSNESS_FLAG))
    flags[flag] = a.serious ? (a.seriousCriteria.includes(criterion) ? 'Y' : 'N') : null;
  return flags;
}

const upper = (s: string) => s.replaceAll('-', ' ').toUpperCase();

/** AE_OUTCOMES as CDISC OUT submission values (codelist C66768). */
const OUTCOME: Readonly<Record<string, string>> = {
  recovered: 'RECOVERED/RESOLVED',
  recovering: 'RECOVERING/RESOLVING',
  'not-recovered': 'NOT RECOVERED/NOT RESOLVED',
  'recovered-with-sequelae': 'RECOVERED/RESOLVED WITH SEQUELAE',
  fatal: 'FATAL',
  unknown: 'UNKNOWN',
};

export function aeRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.adverseEvents.map((a) => ({
      STUDYID: c.studyId,
      DOMAIN: 'AE',
      USUBJID: c.usubjid,
      AETERM: a.term.slice(0, 200),
      ...meddraVariables(a),
      AESER: a.serious ? 'Y' : 'N',
      AEACN: upper(a.actionTaken),
      AEREL: upper(a.relatedness),
      AEOUT: OUTCOME[a.outcome] ?? upper(a.outcome),
      ...seriousnessFlags(a),
      AETOXGR: String(a.grade),
      EPOCH: c.epoch(a.onsetDate),
      AESTDTC: a.onsetDate,
      AEENDTC: a.resolutionDate,
      AESTDY: c.dy(a.onsetDate),
      AEENDY: c.dy(a.resolutionDate),
    })),
    'AESTDTC',
    'AESEQ',
  );
}
