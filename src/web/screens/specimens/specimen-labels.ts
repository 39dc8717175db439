/** Small display helpers shared by the Specimens screens. */
import type { Specimen } from '../../api/specimens.resource.ts';

/** States from which a site may ship a specimen to the biobank (core/specimens/custody-transitions.ts). */
export const SHIPPABLE_STATES: readonly Specimen['state'][] = [
  'collected',
  'processed',
  'stored-at-site',
];

/**
 * Opens a printable label sheet in a new tab (the browser prints it from there).
 * `noopener` so the sheet cannot reach back into the app.
 */
export function openLabelSheet(url: string): void {
  window.open(url, '_blank', 'noopener');
}
