/**
 * The Safety screens in Chromium against the real server and database: a coordinator types a
 * prohibited drug and sees the warning appear while typing (the core matcher in the browser),
 * saves it and sees the server's verdict, the automatic deviation and the alert; records and
 * edits an adverse event with a reason; lab grades are coloured; the investigator acknowledges
 * the alert; a monitor reads without forms. Every screen passes axe-core (WCAG 2.1 AA);
 * screenshots in test-results/screenshots.
 *
 * Set-up: the site, an enrolled subject and its labs are written with the store's test
 * fixtures (enrolment through the API needs the whole screening chain, covered elsewhere);
 * everything under test goes through the screens and the API.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { runCommand, SYSTEM_ACTOR, updateAudited } from '../store/audit/audited-write.ts';
import { fixtureLabVisit } from '../store/safety/testing/safety-fixtures.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { createSubject } from '../store/subjects/subject-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('safety screens (browser)', () => {
  const h = useBrowserHarness();
  let subjectCode = '';

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  async function signedIn(username: string): Promise<Page> {
    const page = await h.newPage();
    page.setDefaultTimeout(10_000);
    await h.signIn(page, username, PASSWORD);
    return page;
  }

  /** The text of the elements an input's aria-describedby points at (its hint and errors). */
  const describedBy = (input: Locator) =>
    input.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );

  async function openSubject(page: Page) {
    await nav(page, 'Safety');
    await page.getByRole('heading', { level: 1, name: 'Safety' }).waitFor();
    await page
      .getByRole('region', { name: 'Subjects' })
      .getByRole('link', { name: subjectCode })
      .click();
    await page.getByRole('heading', { level: 1, name: `Safety · ${subjectCode}` }).waitFor();
  }

  it('a coordinator sees the prohibited-drug warning while typing, then the deviation and alert after saving', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'SH',
      name: 'Shanghai site',
      nameZh: '上海中心',
      timezone: 'Asia/Shanghai',
    });
    const screened = await createSubject(h.store, SYSTEM_ACTOR, {
      siteId: site.id,
      screeningNumber: 'SH-001',
    });
    const subject = { id: screened.id, siteId: site.id };
    subjectCode = 'SH-E01';
    // enrolled on 1 October (the enrolment gate itself is tested with the subjects API)
    await runCommand(h.store, SYSTEM_ACTOR, (ctx) =>
      updateAudited(
        ctx,
        'subjects',
        subject.id,
        {
          subject_code: subjectCode,
          enrollment_date: '2026-10-01',
          enrolled_at: '2026-10-01T01:00:00.000Z',
        },
        { entityType: 'subject', siteId: site.id, subjectId: subject.id, reason: 'test set-up' },
      ),
    );
    await fixtureLabVisit(h.store, subject, '2026-10-29', [
      { code: 'ALT', value: '130', unit: 'U/L', low: '7', high: '40' },
      { code: 'PLAT', value: '180', unit: '10^9/L', low: '125', high: '350' },
    ]);
    const users = [
      ['chen.crc', 'Chen Jing', 'coordinator', site.id],
      ['liu.pi', 'Liu Yang', 'investigator', site.id],
      ['ma.mon', 'Ma Lin', 'monitor', null],
    ] as const;
    for (const [username, displayName, role, siteId] of users)
      await h.createUser({ username, displayName, password: PASSWORD, grants: [{ role, siteId }] });

    const page = await signedIn('chen.crc');
    await openSubject(page);

    const cm = page.getByRole('region', { name: 'Concomitant medications' });
    await cm.getByText('No concomitant medication recorded.').waitFor();
    const name = cm.getByLabel('Medication name');
    const warning = cm.locator('.med-warning-region');
    await name.pressSequentially('Omepra');
    expect(((await warning.textContent()) ?? '').trim()).toBe('');
    await name.fill('');
    // the brand name of everolimus: prohibited as soon as the word is complete
    await name.pressSequentially('Afinitor');
    await expect
      .poll(async () => (await warning.textContent()) ?? '')
      .toContain('Prohibited in this study: everolimus (antitumour therapy)');
    await name.pressSequentially(' 10 mg tablets');
    await cm.getByLabel('Indication').fill('NET progression (outside hospital)');
    await cm.getByLabel('Start date').fill('2026-11-02');
    await h.screenshot(page, 'safety-con-med-warning');
    await cm.getByRole('button', { name: 'Record medication' }).click();

    const outcome = cm.getByRole('status');
    await expect
      .poll(async () => (await outcome.textContent()) ?? '')
      .toContain('Server screening:');
    const said = (await outcome.textContent()) ?? '';
    expect(said).toContain('Prohibited');
    expect(said).toContain('A protocol deviation was recorded.');
    expect(said).toContain('A safety alert was raised.');
    await cm.getByRole('cell', { name: /Afinitor 10 mg tablets/ }).waitFor();

    const deviations = page.getByRole('region', { name: 'Protocol deviations' });
    await deviations.getByText('recorded automatically').waitFor();
    const alerts = page.getByRole('region', { name: 'Open safety alerts' });
    await alerts.getByRole('article').first().waitFor();
    expect(await alerts.getByRole('article').count()).toBe(1);
    // a coordinator does not acknowledge (an investigator's medical judgement)
    expect(await alerts.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

    // lab grades: ALT 130 U/L with ULN 40 is 3.25 × ULN → grade 2
    const labs = page.getByRole('region', { name: 'Lab results and CTCAE grades' });
    const alt = labs.getByRole('row', { name: /ALT/ });
    await alt.waitFor();
    expect(await alt.locator('.grade').textContent()).toBe('Grade 2');
    expect(await alt.locator('.grade-2').count()).toBe(1);

    // an adverse event, then an edit with a reason for change
    const ae = page.getByRole('region', { name: 'Adverse events' });
    await ae.getByLabel('CTCAE term').fill('Alanine aminotransferase increased');
    await ae.getByLabel('CTCAE grade').selectOption('2');
    await ae.getByLabel('Onset date').fill('2026-10-29');
    await ae.getByLabel('Relationship to leflunomide').selectOption('possibly-related');
    await ae.getByRole('button', { name: 'Record adverse event' }).click();
    const aeRow = ae.getByRole('row', { name: /Alanine aminotransferase increased/ });
    await aeRow.waitFor();
    expect(await aeRow.locator('.grade').textContent()).toBe('Grade 2');
    await ae.getByRole('button', { name: 'Edit Alanine aminotransferase increased' }).click();
    // focus follows to the filled form (keyboard users land on it)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Edit “Alanine aminotransferase increased”');
    await ae.getByLabel('CTCAE grade').selectOption('3');
    await ae.getByLabel('Reason for change').fill('Central lab value corrected: 6 × ULN');
    await ae.getByRole('button', { name: 'Save change' }).click();
    await expect.poll(() => aeRow.locator('.grade').textContent()).toBe('Grade 3');

    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-subject');
  }, 90_000);

  it('a coordinator records a protocol deviation by hand: choices checked in the browser, a future date refused by the server beside its field, the saved row after a reload', async () => {
    const page = await signedIn('chen.crc');
    await openSubject(page);
    const dev = page.getByRole('region', { name: 'Protocol deviations' });
    const save = dev.getByRole('button', { name: 'Record deviation' });
    await save.click();
    // nothing chosen: the browser says so beside each field (the server's schema, run here)
    const category = dev.getByLabel('Category');
    await expect.poll(() => category.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(category)).toContain('Choose one.');
    expect(await describedBy(dev.getByLabel('What happened'))).toContain('must not be empty');

    await category.selectOption('visit-schedule');
    await dev.getByLabel('Severity').selectOption('major');
    const date = dev.getByLabel('Date of the deviation');
    await date.fill('2099-01-05');
    await dev
      .getByLabel('What happened')
      .fill('Cycle 2 day 1 visit done 9 days outside its ±3 day window.');
    await save.click();
    // the server refuses a date after today at the site, and the message sits by the date
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(date)).toContain('is after today at the site');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-deviation-error');

    await date.fill('2026-11-10');
    await save.click();
    await expect
      .poll(async () => (await dev.getByRole('status').textContent()) ?? '')
      .toContain('Deviation recorded: Visit schedule, Nov 10, 2026.');
    expect(await date.inputValue()).toBe('');

    await page.reload();
    const row = page
      .getByRole('region', { name: 'Protocol deviations' })
      .getByRole('listitem')
      .filter({ hasText: 'outside its ±3 day window' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Major');
    expect(text).toContain('Visit schedule');
    expect(text).toContain('Nov 10, 2026');
    expect(text).not.toContain('recorded automatically');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-deviation-recorded');
  }, 60_000);

  it('the investigator acknowledges the alert', async () => {
    const page = await signedIn('liu.pi');
    await nav(page, 'Safety');
    const alerts = page.getByRole('region', { name: 'Safety alerts' });
    const card = alerts.getByRole('article').first();
    await card.waitFor();
    expect(await card.textContent()).toContain(subjectCode);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-alerts');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    const note = card.getByLabel('What was done (acknowledgement note)');
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    await note.fill('Everolimus stopped; subject counselled; sponsor informed.');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await alerts.getByText('No safety alert here.').waitFor();
    await alerts.getByLabel('Show alerts').selectOption('acknowledged');
    const done = alerts.getByRole('article').first();
    await done.waitFor();
    expect(await done.textContent()).toContain('Acknowledged by Liu Yang');
    expect(await done.textContent()).toContain('Everolimus stopped');
  }, 60_000);

  it('a monitor reads the safety records without entry forms, in Chinese too', async () => {
    const page = await signedIn('ma.mon');
    await openSubject(page);
    await page.getByRole('region', { name: 'Adverse events' }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'Record medication' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record adverse event' }).count()).toBe(0);
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    await page.getByRole('heading', { level: 1, name: `安全性 · ${subjectCode}` }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-subject-monitor-zh');
  }, 60_000);
});
