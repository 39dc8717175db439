/**
 * End-to-end harness: a real oncotrial server in this process on 127.0.0.1 (free port, fresh
 * SQLite database in a temp directory, the built web app from dist/web) and Debian's Chromium
 * through playwright-core. Suites use `describeBrowser` so a machine without Chromium skips
 * them with the reason in the title.
 *
 * @example
 * describeBrowser('study page', () => {
 *   const h = useBrowserHarness();
 *   it('renders', async () => { const page = await h.newPage(); await page.goto(h.url); });
 * });
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Role } from '../../core/access/roles.ts';
import { type RunningServer, startServer } from '../../server/start-server.ts';
import {
  createUser,
  grantRole,
  setPasswordWithToken,
} from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import type { Store } from '../../store/open-store.ts';
import {
  browserAvailability,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  WEB_DIST_DIR,
} from './browser-environment.ts';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** `describe` for suites that need the browser: skipped (reason in the title) without one. */
export function describeBrowser(name: string, body: () => void): void {
  const a = browserAvailability();
  if (a.run) describe(name, body);
  else describe.skip(`${name} — ${a.skipReason}`, body);
}

export interface BrowserHarness {
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  /**
   * A page in a fresh context (no cookies, no localStorage), in English unless told; in the
   * machine's time zone unless `timezoneId` (IANA) says otherwise.
   */
  newPage(options?: { locale?: string; timezoneId?: string }): Promise<Page>;
  /**
   * Creates an active user with a password and study-wide or site roles, straight in the
   * harness's database (test set-up, not a path the app offers).
   */
  createUser(user: {
    username: string;
    displayName: string;
    password: string;
    grants: { role: Role; siteId: string | null }[];
  }): Promise<string>;
  /** Signs in through the sign-in screen and waits until the header shows the user. */
  signIn(page: Page, username: string, password: string): Promise<void>;
  /** The server's store, for test set-up that has no screen yet (sites, subjects). */
  readonly store: Store;
  /** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Starts server and browser before the suite's tests and stops both after them. */
export function useBrowserHarness(): BrowserHarness {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST_DIR, 'index.html')))
      throw new Error(
        `the web app is not built (${WEB_DIST_DIR}/index.html missing): run \`npx vite build --config src/web/vite.config.ts\` (npm test does it first)`,
      );
    dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-browser-'));
    server = await startServer({
      config: { kind: 'sqlite', file: join(dataDir, 'oncotrial.sqlite'), dataDir },
      host: '127.0.0.1',
      port: 0,
      webDir: WEB_DIST_DIR,
      logger: false,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    get url() {
      if (!server) throw new Error('the harness server is not running (beforeAll failed?)');
      return server.url.replace(/\/$/, '');
    },
    get store() {
      if (!server) throw new Error('the harness server is not running (beforeAll failed?)');
      return server.store;
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('the harness browser is not running (beforeAll failed?)');
      const context = await browser.newContext({
        locale: options.locale ?? 'en-GB',
        viewport: { width: 1366, height: 900 },
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      contexts.push(context);
      return context.newPage();
    },
    async createUser(u) {
      if (!server) throw new Error('the harness server is not running (beforeAll failed?)');
      const store = server.store;
      const { user, activationToken } = await createUser(store, SYSTEM_ACTOR, {
        username: u.username,
        displayName: u.displayName,
      });
      await setPasswordWithToken(store, activationToken, u.password);
      for (const g of u.grants) await grantRole(store, SYSTEM_ACTOR, user.id, g.role, g.siteId);
      return user.id;
    },
    async signIn(page, username, password) {
      await page.goto(`${this.url}/sign-in`);
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).waitFor();
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      // grow the viewport to the whole page first and let the layout settle: a full-page
      // capture alone resizes the page mid-shot, and figures that redraw at their container's
      // width (ResizeObserver) would be caught half-way
      const size = page.viewportSize() ?? { width: 1366, height: 900 };
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await page.waitForTimeout(200);
      await page.screenshot({ path, fullPage: true });
      await page.setViewportSize(size);
      return path;
    },
  };
}
