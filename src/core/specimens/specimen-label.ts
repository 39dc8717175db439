/**
 * Specimen labels: the value printed as a Code 128 barcode on the tube, block or slide. Upper-case
 * letters, digits and hyphens (4–32 characters) survive every scanner keyboard layout, need no
 * quoting in CSV and fit a cryo-label; all are in Code 128 code set B.
 */

const LABEL = /^[A-Z0-9][A-Z0-9-]{2,30}[A-Z0-9]$/;

/**
 * @example labelIssue('BJ01-S00001') // null
 * @example labelIssue('bj01 s1') // 'labels are 4–32 upper-case letters, …'
 */
export function labelIssue(label: string): string | null {
  return LABEL.test(label)
    ? null
    : 'labels are 4–32 upper-case letters, digits and inner hyphens (e.g. BJ01-S00001)';
}

/**
 * The label given to the n-th specimen registered at a site.
 * @example siteSpecimenLabel('BJ01', 7) // 'BJ01-S00007'
 */
export function siteSpecimenLabel(siteCode: string, n: number): string {
  return `${siteCode.toUpperCase()}-S${String(n).padStart(5, '0')}`;
}

/**
 * An aliquot's label: the parent's and its number.
 * @example aliquotLabel('BJ01-S00007', 2) // 'BJ01-S00007-A02'
 */
export function aliquotLabel(parentLabel: string, n: number): string {
  return `${parentLabel}-A${String(n).padStart(2, '0')}`;
}
