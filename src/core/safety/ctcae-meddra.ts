/**
 * MedDRA coding that a CTCAE v5.0 term carries with it. Every CTCAE v5.0 term is a MedDRA LLT
 * (CTCAE v5.0 is built on MedDRA 20.1) and sits under one SOC, so an AE reported with its CTCAE
 * term can be decoded without a MedDRA licence. Only terms whose codes were checked against a
 * published source are listed; any other term stays undecoded (AEDECOD empty), never guessed.
 *
 * Sources checked (2026-11-25): Alanine aminotransferase increased 10001551 and Nausea 10028813
 * as MedDRA codes in HL7's published adverse-event implementation guides (MedDRA 20.x); SOC
 * codes Investigations 10022891 and Gastrointestinal disorders 10017947 agreeing across
 * independent MedDRA SOC listings. The LLT of both terms is also their PT.
 */

export const CTCAE_MEDDRA_VERSION = '20.1';

export interface MeddraCoding {
  llt: string;
  lltCode: number;
  pt: string;
  ptCode: number;
  soc: string;
  socCode: number;
}

const SOC = {
  investigations: { soc: 'Investigations', socCode: 10022891 },
  gastrointestinal: { soc: 'Gastrointestinal disorders', socCode: 10017947 },
} as const;

/** The term is its own PT: LLT = PT. */
const self = (term: string, code: number, soc: (typeof SOC)[keyof typeof SOC]): MeddraCoding => ({
  llt: term,
  lltCode: code,
  pt: term,
  ptCode: code,
  ...soc,
});

const TABLE: ReadonlyMap<string, MeddraCoding> = new Map(
  [
    self('Alanine aminotransferase increased', 10001551, SOC.investigations),
    self('Nausea', 10028813, SOC.gastrointestinal),
  ].map((c) => [c.llt.toLowerCase(), c]),
);

/**
 * @example meddraOfCtcaeTerm('Alanine aminotransferase increased')?.socCode // 10022891
 * @example meddraOfCtcaeTerm('Diarrhoea') // null (not a CTCAE v5.0 spelling, or not verified)
 */
export function meddraOfCtcaeTerm(term: string): MeddraCoding | null {
  return TABLE.get(term.trim().toLowerCase()) ?? null;
}
