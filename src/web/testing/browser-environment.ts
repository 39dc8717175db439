/**
 * Whether the browser suites can run here: they drive Debian's Chromium (`apt-get install
 * chromium`; no browser downloads). Without it they are skipped with the reason in the suite
 * title, unless ONCOTRIAL_REQUIRE_BROWSER=1 (CI), when they fail instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.ONCOTRIAL_CHROMIUM ?? '/usr/bin/chromium';
export const WEB_DIST_DIR = resolve(import.meta.dirname, '../../../dist/web');

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserAvailability {
  run: boolean;
  /** Appended to the suite title when skipped, so the report says why. */
  skipReason: string | null;
}

export function browserAvailability(env: NodeJS.ProcessEnv = process.env): BrowserAvailability {
  if (existsSync(CHROMIUM_PATH)) return { run: true, skipReason: null };
  // required: run anyway, so the launch fails loudly instead of the suite quietly skipping
  if (env.ONCOTRIAL_REQUIRE_BROWSER === '1') return { run: true, skipReason: null };
  return {
    run: false,
    skipReason: `SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; set ONCOTRIAL_REQUIRE_BROWSER=1 to fail instead)`,
  };
}
