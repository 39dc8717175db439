/**
 * English strings of the Safety screens (AE entry, labs with CTCAE grades, alerts, con-meds).
 * Kept in their own file so the Safety screens and other screens can grow their catalogues
 * side by side; spread into `messages.en.ts`.
 */
export const safetyEn = {
  'nav.safety': 'Safety',
} as const;
