/**
 * Accessibility check of the page in the browser: injects axe-core (`axe.source`) with
 * playwright and runs it against WCAG 2.0/2.1 levels A and AA. Returns the violations in a
 * short, readable form, so a test can `expect(await wcagViolations(page)).toEqual([])` and a
 * failure names the rule and the elements.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of (up to five of) the offending elements. */
  targets: string[];
}

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const runner = (globalThis as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, { runOnly: { type: 'tag', values: [...tags] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, WCAG_21_AA);
}
