/**
 * The Subjects list's filters in Chromium against the real server and database (issue 9:
 * "list with filters (site, status, overdue, open queries)"). Four subjects at two sites, set
 * up through the API (no screening screen yet): HZ-001 enrolled on 2025-09-01 with no visit
 * since (so its planned visits' windows have closed: overdue), HZ-002 in screening, CD-001 in
 * screening with an open query, CD-002 a screen failure. Each filter keeps exactly the
 * subjects it should; the list passes axe-core (WCAG 2.1 AA).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';
import { apiFromPage, enrolledSubject, screenedSubject } from './testing/live-study.ts';

const PASSWORD = 'a long enough passphrase';

/** The subjects the table shows (row headers), or [] when "no subject matches". */
async function shown(page: Page): Promise<string[]> {
  const table = page.getByRole('table');
  if ((await table.count()) === 0) return [];
  return table.locator('tbody th').allTextContents();
}

describeBrowser('subjects list filters (browser, live API)', () => {
  const h = useBrowserHarness();

  it('filters by site, status, overdue visits and open queries', async () => {
    const hz = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'HZ',
      name: 'Hangzhou site',
      nameZh: '杭州中心',
      timezone: 'Asia/Shanghai',
    });
    const cd = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'CD',
      name: 'Chengdu site',
      nameZh: '成都中心',
      timezone: 'Asia/Shanghai',
    });
    await h.createUser({
      username: 'xu.dm',
      displayName: 'Xu Hong',
      password: PASSWORD,
      grants: [
        { role: 'coordinator', siteId: hz.id },
        { role: 'coordinator', siteId: cd.id },
        { role: 'data-manager', siteId: null },
      ],
    });
    const page = await h.newPage();
    await h.signIn(page, 'xu.dm', PASSWORD);
    const overdue = await enrolledSubject(page, hz.id, 'HZ-001');
    await screenedSubject(page, hz.id, 'HZ-002');
    const queried = await screenedSubject(page, cd.id, 'CD-001');
    await apiFromPage(page, 'POST', '/api/queries', {
      subjectId: queried,
      field: 'birthDate',
      text: 'Please confirm the birth date.',
    });
    const failed = await screenedSubject(page, cd.id, 'CD-002');
    await apiFromPage(page, 'POST', `/api/subjects/${failed}/screen-failure`, {
      date: '2025-08-20',
      reason: 'No pathogenic MEN1 variant',
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Subjects' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Subjects' }).waitFor();
    await expect
      .poll(() => shown(page))
      .toEqual([overdue.code, 'HZ-002', 'CD-001', 'CD-002'].sort());

    // site
    await page.getByLabel('Site').selectOption({ label: 'CD · Chengdu site' });
    await expect.poll(() => shown(page)).toEqual(['CD-001', 'CD-002']);
    await page.getByLabel('Site').selectOption('all');

    // status
    await page.getByLabel('Status').selectOption('screen-failed');
    await expect.poll(() => shown(page)).toEqual(['CD-002']);
    await page.getByLabel('Status').selectOption('screening');
    await expect.poll(() => shown(page)).toEqual(['CD-001', 'HZ-002']);
    await page.getByLabel('Status').selectOption('all');

    // overdue visits: only the enrolled subject, whose windows closed with nothing done
    await page.getByLabel('Only with overdue visits').check();
    await expect.poll(() => shown(page)).toEqual([overdue.code]);
    // columns after the subject: site, status, enrolled, overdue visits, open queries
    const cells = await page.getByRole('table').locator('tbody tr td').allTextContents();
    expect(cells[0]).toBe('HZ');
    const overdueCell = Number(cells[3]);
    expect(overdueCell).toBeGreaterThan(0);
    // the count is the schedule's: the subject's missed visits
    const detail = await apiFromPage(page, 'GET', `/api/subjects/${overdue.id}`);
    const schedule = detail.schedule as { visits: Array<{ status: { kind: string } }> };
    expect(overdueCell).toBe(schedule.visits.filter((v) => v.status.kind === 'missed').length);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'subjects-overdue-filter');
    await page.getByLabel('Only with overdue visits').uncheck();

    // open queries
    await page.getByLabel('Only with open queries').check();
    await expect.poll(() => shown(page)).toEqual(['CD-001']);
    // filters combine: open queries at Hangzhou → none
    await page.getByLabel('Site').selectOption({ label: 'HZ · Hangzhou site' });
    await page.getByText('No subject matches these filters.').waitFor();
    expect(await shown(page)).toEqual([]);
  }, 120_000);
});
