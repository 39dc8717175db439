/** Shipment receipt reasons in Simplified Chinese (English: core `specimens/reconciliation-reasons.ts`). */
import type { SPECIMEN_REASONS } from '../../core/specimens/reconciliation-reasons.ts';

export const SPECIMEN_REASONS_ZH_CN: Record<keyof typeof SPECIMEN_REASONS, string> = {
  'specimen.not-in-shipment': '在运输清单上，但未随本次运输到达',
  'specimen.arrived-damaged': '到达时已损坏',
  'specimen.arrived-intact': '到达时完好',
  'specimen.scanned-more-than-once': '扫描 {times} 次；只计一次',
  'specimen.not-on-manifest': '随本次运输到达，但不在运输清单上',
};
