/**
 * English strings of the Specimens screens (collection, labels, shipments, receipt, storage).
 * Spread into `messages.en.ts`.
 */
export const specimensEn = {
  'nav.specimens': 'Specimens',
  'nav.shipments': 'Shipments',
  'nav.storage': 'Storage',
} as const;
