/** What part of a specimen may be used for (a partial use, POST /api/specimens/:id/uses). */
export const USE_PURPOSES = [
  'genetic-testing',
  'protocol-test',
  'research',
  'quality-control',
  'other',
] as const;
export type UsePurpose = (typeof USE_PURPOSES)[number];
