/**
 * Receipt of a shipment at the biobank: the manifest the site sent (expected labels) against
 * what the technician scanned out of the box. Each manifest line is received, damaged (arrived,
 * but the tube is cracked, thawed or leaking) or missing; a scanned label that is not on the
 * manifest is unexpected. A label scanned twice is reported once, with a note. Everything but a
 * clean receipt is a discrepancy (ISBER Best Practices: reconcile every shipment on arrival,
 * document and follow up discrepancies).
 */
import type { Reason } from '../shared/reason.ts';
import { textReason } from '../shared/reason-from-stored.ts';
import { specimenReason as reason } from './reconciliation-reasons.ts';

export type ScanIntegrity = 'intact' | 'damaged';

export interface ScannedItem {
  label: string;
  integrity: ScanIntegrity;
  note?: string;
}

export type ReconciliationOutcome = 'received' | 'damaged' | 'missing' | 'unexpected';

export interface ReconciledLine {
  label: string;
  outcome: ReconciliationOutcome;
  /** Why: coded for the receipt screen, English text for the discrepancy query. */
  reasons: Reason[];
}

export interface Reconciliation {
  lines: ReconciledLine[];
  counts: Record<ReconciliationOutcome, number>;
  /** True when any line is not `received`. */
  hasDiscrepancies: boolean;
}

/**
 * @example
 * reconcileShipment(['A1', 'A2'], [{ label: 'A1', integrity: 'intact' }, { label: 'Z9', integrity: 'intact' }])
 * // A1 received, A2 missing, Z9 unexpected
 */
export function reconcileShipment(
  expected: readonly string[],
  scanned: readonly ScannedItem[],
): Reconciliation {
  const byLabel = new Map<string, ScannedItem[]>();
  for (const s of scanned) byLabel.set(s.label, [...(byLabel.get(s.label) ?? []), s]);
  const expectedSet = new Set(expected);
  const lines: ReconciledLine[] = [];
  for (const label of expected) {
    const scans = byLabel.get(label) ?? [];
    const dup =
      scans.length > 1 ? [reason('specimen.scanned-more-than-once', { times: scans.length })] : [];
    const notes = scans.flatMap((s) => (s.note ? [textReason(s.note)] : []));
    if (scans.length === 0)
      lines.push({
        label,
        outcome: 'missing',
        reasons: [reason('specimen.not-in-shipment')],
      });
    else if (scans.some((s) => s.integrity === 'damaged'))
      lines.push({
        label,
        outcome: 'damaged',
        reasons: [reason('specimen.arrived-damaged'), ...notes, ...dup],
      });
    else
      lines.push({
        label,
        outcome: 'received',
        reasons: [reason('specimen.arrived-intact'), ...notes, ...dup],
      });
  }
  const seenUnexpected = new Set<string>();
  for (const s of scanned) {
    if (expectedSet.has(s.label) || seenUnexpected.has(s.label)) continue;
    seenUnexpected.add(s.label);
    lines.push({
      label: s.label,
      outcome: 'unexpected',
      reasons: [reason('specimen.not-on-manifest'), ...(s.note ? [textReason(s.note)] : [])],
    });
  }
  const counts = { received: 0, damaged: 0, missing: 0, unexpected: 0 };
  for (const l of lines) counts[l.outcome]++;
  return { lines, counts, hasDiscrepancies: lines.some((l) => l.outcome !== 'received') };
}
