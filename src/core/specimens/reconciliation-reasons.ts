/**
 * Why each line of a shipment receipt came out as it did (`shipment-reconciliation.ts`; ISBER
 * Best Practices: reconcile every shipment on arrival) as English templates, so the receipt
 * screen can say them in the reader's language (`web/i18n/reasons.specimen.zh-CN.ts`) while the
 * discrepancy query and the custody notes keep the English. A technician's own note on a scan
 * is free text and travels as a text-only reason.
 */
import { reasonFactory } from '../shared/reason.ts';

export const SPECIMEN_REASONS = {
  'specimen.not-in-shipment': 'on the manifest but not in the shipment',
  'specimen.arrived-damaged': 'arrived damaged',
  'specimen.arrived-intact': 'arrived intact',
  'specimen.scanned-more-than-once': 'scanned {times} times; counted once',
  'specimen.not-on-manifest': 'in the shipment but not on its manifest',
} as const;

export const specimenReason = reasonFactory(SPECIMEN_REASONS);
