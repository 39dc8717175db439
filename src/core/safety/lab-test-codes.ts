/**
 * The lab tests this trial grades, with their CTCAE v5.0 term, the direction of the toxicity
 * and the canonical unit the criteria are written in (CLINICAL-RULES.md "Safety").
 */

export const LAB_TEST_CODES = [
  'ALT',
  'AST',
  'ALP',
  'GGT',
  'BILI',
  'CREAT',
  'NEUT',
  'PLAT',
  'WBC',
  'LYMPH',
  'HGB',
] as const;

export type LabTestCode = (typeof LAB_TEST_CODES)[number];

/** Unit families: which units are interchangeable for a test. */
export type UnitFamily = 'enzyme' | 'bilirubin' | 'creatinine' | 'cell-count' | 'haemoglobin';

export interface LabTestInfo {
  code: LabTestCode;
  /** CTCAE v5.0 term graded for this test. */
  term: string;
  /** `increase`: graded against ULN or baseline; `decrease`: against LLN and absolute limits. */
  direction: 'increase' | 'decrease';
  family: UnitFamily;
  /** Unit the CTCAE thresholds are expressed in, and the one values are converted to. */
  canonicalUnit: string;
}

export const LAB_TESTS: Readonly<Record<LabTestCode, LabTestInfo>> = {
  ALT: info('ALT', 'Alanine aminotransferase increased', 'increase', 'enzyme', 'U/L'),
  AST: info('AST', 'Aspartate aminotransferase increased', 'increase', 'enzyme', 'U/L'),
  ALP: info('ALP', 'Alkaline phosphatase increased', 'increase', 'enzyme', 'U/L'),
  GGT: info('GGT', 'GGT increased', 'increase', 'enzyme', 'U/L'),
  BILI: info('BILI', 'Blood bilirubin increased', 'increase', 'bilirubin', 'µmol/L'),
  CREAT: info('CREAT', 'Creatinine increased', 'increase', 'creatinine', 'µmol/L'),
  NEUT: info('NEUT', 'Neutrophil count decreased', 'decrease', 'cell-count', '10^9/L'),
  PLAT: info('PLAT', 'Platelet count decreased', 'decrease', 'cell-count', '10^9/L'),
  WBC: info('WBC', 'White blood cell decreased', 'decrease', 'cell-count', '10^9/L'),
  LYMPH: info('LYMPH', 'Lymphocyte count decreased', 'decrease', 'cell-count', '10^9/L'),
  HGB: info('HGB', 'Anemia', 'decrease', 'haemoglobin', 'g/L'),
};

function info(
  code: LabTestCode,
  term: string,
  direction: LabTestInfo['direction'],
  family: UnitFamily,
  canonicalUnit: string,
): LabTestInfo {
  return { code, term, direction, family, canonicalUnit };
}

export function isLabTestCode(value: string): value is LabTestCode {
  return (LAB_TEST_CODES as readonly string[]).includes(value);
}
