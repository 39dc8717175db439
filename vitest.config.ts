import { defineConfig } from 'vitest/config';

/**
 * One test run for the whole repository. Tests live beside the code they test (`*.test.ts`).
 * Browser tests (`*.browser.test.ts`) drive Debian's Chromium and need the built web app.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
