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
import { evaluateSafetyAfterLabs } from '../store/safety/safety-evaluation.ts';
import { fixtureLabVisit } from '../store/safety/testing/safety-fixtures.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { createSubject } from '../store/subjects/subject-repository.ts';
import { formatInstant } from './format/locale-format.ts';
import { localInputValueIn } from './screens/safety/local-instant.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('safety screens (browser)', () => {
  const h = useBrowserHarness();
  let subjectCode = '';
  let subjectId = '';

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  async function signedIn(username: string, timezoneId?: string): Promise<Page> {
    const page = await h.newPage(timezoneId ? { timezoneId } : {});
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
    subjectId = subject.id;
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
    await cm.getByRole('cell', { name: /^Afinitor 10 mg tablets/ }).waitFor();

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
    // the liver rules run over the stored ALT (3.25 × ULN on 29 October): an interrupt alert
    await runCommand(h.store, SYSTEM_ACTOR, (ctx) => evaluateSafetyAfterLabs(ctx, subjectId));
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
    // the engines' reasons in Chinese: the CTCAE grade of ALT and the liver alert's summary
    const altWhy = page
      .locator('section[aria-labelledby="lab-grades-title"] tbody tr', { hasText: 'ALT' })
      .locator('td')
      .last();
    await expect
      .poll(async () => (await altWhy.textContent()) ?? '')
      .toContain('ALT 130 U/L = 3.25 × ULN（40 U/L）：>3–5 × ULN → 2 级');
    expect(await altWhy.textContent()).toContain('CTCAE v5.0“丙氨酸氨基转移酶升高”');
    // the test's CTCAE term beside its code, in Chinese too
    const altRow = page.locator('section[aria-labelledby="lab-grades-title"] tbody tr', {
      hasText: 'ALT',
    });
    expect(await altRow.locator('td').nth(1).textContent()).toBe('ALT 丙氨酸氨基转移酶升高');
    await expect
      .poll(async () => (await page.locator('.alert-summary').allTextContents()).join(' | '))
      .toContain('2026-10-29 ALT 3.25 × ULN：暂停来氟米特并开始洗脱');
    // and the rule it cites (leflunomide protocol)
    const interrupt = page.locator('.alert-card', { hasText: '暂停来氟米特并开始洗脱' });
    expect(await interrupt.textContent()).toContain('来氟米特方案：ALT >3 × ULN → 暂停用药并洗脱');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-subject-monitor-zh');
  }, 60_000);

  it('a coordinator in another time zone records serious AEs and an SAE report in the site’s time: at risk and overdue shown, a report before awareness refused beside its field, on time after a reload', async () => {
    const SITE_ZONE = 'Asia/Shanghai';
    // the computer is in New York; the site (and its 24 h clock) in Shanghai
    const page = await signedIn('chen.crc', 'America/New_York');
    await openSubject(page);
    const ae = page.getByRole('region', { name: 'Adverse events' });
    const hour = 3_600_000;
    // whole minutes, as a datetime-local input takes them
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const recordSae = async (term: string, awareMs: number) => {
      await ae.getByLabel('CTCAE term').fill(term);
      await ae.getByLabel('CTCAE grade').selectOption('3');
      await ae.getByLabel('Onset date').fill('2026-10-30');
      await ae.getByLabel('Hospitalisation or prolonged').check();
      const aware = ae.getByLabel('Site aware of it at');
      expect(await describedBy(aware)).toContain('(Asia/Shanghai)');
      await aware.fill(localInputValueIn(awareMs, SITE_ZONE));
      await ae.getByRole('button', { name: 'Record adverse event' }).click();
      await ae.getByRole('row', { name: new RegExp(term) }).waitFor();
    };
    const awareOfFn = now - 23 * hour;
    await recordSae('Febrile neutropenia', awareOfFn);
    await recordSae('Pneumonitis', now - 30 * hour);

    // typed as Shanghai wall-clock time, stored as that instant (not New York's)
    const listed = await page.request.get(
      `${h.url}/api/subjects/${encodeURIComponent(subjectId)}/adverse-events`,
    );
    const { adverseEvents } = (await listed.json()) as {
      adverseEvents: Array<{ term: string; awarenessAt: string | null }>;
    };
    const fn = adverseEvents.find((e) => e.term === 'Febrile neutropenia');
    expect(Date.parse(fn?.awarenessAt ?? '')).toBe(awareOfFn);

    const clocks = ae.locator('.sae-reports');
    const item = (term: string) => clocks.getByRole('listitem').filter({ hasText: term });
    await expect
      .poll(
        async () => (await item('Febrile neutropenia').locator('.sae-clock').textContent()) ?? '',
      )
      .toMatch(/^At risk: 0 h (59|60) min left to report$|^At risk: 1 h 00 min left to report$/);
    expect(await item('Pneumonitis').locator('.sae-clock').textContent()).toMatch(
      /^Report overdue by (5 h 59|6 h 00|6 h 01) min$/,
    );
    // due = awareness + 24 h, shown in Shanghai time
    expect(await item('Febrile neutropenia').textContent()).toContain(
      `report due ${formatInstant(new Date(awareOfFn + 24 * hour).toISOString(), 'en', SITE_ZONE)}`,
    );
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-sae-clock');

    // a report before the site was aware: the server's message sits by the time field
    const form = page.getByRole('form', { name: 'SAE report of Febrile neutropenia' });
    const reportedAt = form.getByLabel('Reported to the sponsor at');
    await reportedAt.fill(localInputValueIn(awareOfFn - hour, SITE_ZONE));
    await form.getByRole('button', { name: 'Record SAE report' }).click();
    await expect.poll(() => reportedAt.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(reportedAt)).toContain('reported before the site was aware');
    expect(await wcagViolations(page)).toEqual([]);

    // reported 2 h after awareness: on time with 22 h to spare, kept after a reload
    await reportedAt.fill(localInputValueIn(awareOfFn + 2 * hour, SITE_ZONE));
    // reload only once the report is saved (a reload racing the request would lose it)
    const saved = page.waitForResponse(
      (r) => r.request().method() !== 'GET' && r.url().includes('/sae-report') && r.ok(),
    );
    await reportedAt.press('Enter');
    await saved;
    await page.reload();
    const reported = page
      .getByRole('region', { name: 'Adverse events' })
      .locator('.sae-reports')
      .getByRole('listitem')
      .filter({ hasText: 'Febrile neutropenia' });
    await reported.getByText('Reported on time (22 h 00 min to spare)').waitFor();
    expect(await reported.textContent()).toContain(
      `Reported to the sponsor ${formatInstant(new Date(awareOfFn + 2 * hour).toISOString(), 'en', SITE_ZONE)}.`,
    );
    expect(await reported.getByRole('form').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-sae-reported');

    // the overview lists the SAE still unreported, overdue
    await nav(page, 'Safety');
    const overview = page.getByRole('region', { name: 'Safety alerts' });
    const unreported = overview.getByRole('listitem').filter({ hasText: 'Pneumonitis' });
    expect(await unreported.locator('.tag.sae-clock').textContent()).toMatch(/^Report overdue by/);
    expect(
      await overview.getByRole('listitem').filter({ hasText: 'Febrile neutropenia' }).count(),
    ).toBe(0);

    // the SAE alert says its seriousness criteria in the reader's language, not as stored codes
    const saeAlert = page.locator('.alert-summary').filter({ hasText: 'Pneumonitis' }).first();
    // criteria by the AE form's labels, the awareness time in the reader's format (not ISO)
    expect(await saeAlert.textContent()).toContain('(Hospitalisation or prolonged)');
    expect(await saeAlert.textContent()).not.toMatch(/\d{4}-\d\d-\d\dT/);
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    await expect
      .poll(async () => (await saeAlert.textContent()) ?? '')
      .toContain('（导致住院或住院时间延长）');
    expect(await saeAlert.textContent()).not.toMatch(/hospitalisation/);
  }, 90_000);

  it('a coordinator edits a medication: the form filled and focused, the prohibited-drug warning live on the edited name, a reason required, the change kept after a reload', async () => {
    const page = await signedIn('chen.crc');
    await openSubject(page);
    const cm = page.getByRole('region', { name: 'Concomitant medications' });
    await cm.getByLabel('Medication name').fill('Omeprazole');
    await cm.getByLabel('Indication').fill('Dyspepsia');
    await cm.getByLabel('Dose', { exact: true }).fill('20');
    await cm.getByLabel('Dose unit').fill('mg');
    await cm.getByRole('button', { name: 'Record medication' }).click();
    const row = cm.getByRole('row', { name: /Omeprazole/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('20 mg');

    await cm.getByRole('button', { name: 'Edit Omeprazole' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Edit “Omeprazole”');
    const name = cm.getByLabel('Medication name');
    expect(await name.inputValue()).toBe('Omeprazole');
    await cm.getByLabel('Dose', { exact: true }).fill('40');
    // the warning follows the edited name as it is typed, and goes when the name is put back
    const warning = cm.locator('.med-warning-region');
    await name.fill('');
    await name.pressSequentially('Afinitor');
    await expect
      .poll(async () => (await warning.textContent()) ?? '')
      .toContain('Prohibited in this study: everolimus');
    await name.fill('Omeprazole');
    await expect.poll(async () => ((await warning.textContent()) ?? '').trim()).toBe('');

    // no reason: asked for beside its field, nothing sent
    await cm.getByRole('button', { name: 'Save change' }).click();
    const reason = cm.getByLabel('Reason for change');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(reason)).toContain('A reason for change is required');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'safety-con-med-edit');
    await reason.fill('Dose confirmed with the hospital pharmacy');
    await reason.press('Enter');
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('40 mg');
    await expect
      .poll(async () => (await cm.getByRole('status').textContent()) ?? '')
      .toContain('Omeprazole saved.');

    await page.reload();
    const kept = page
      .getByRole('region', { name: 'Concomitant medications' })
      .getByRole('row', { name: /Omeprazole/ });
    await kept.waitFor();
    expect(await kept.textContent()).toContain('40 mg');
    expect(await kept.textContent()).not.toContain('20 mg');
    expect(await wcagViolations(page)).toEqual([]);
  }, 90_000);

  it('in Chinese the prohibited-drug warning gives the matcher’s reasons in Chinese as the name is typed', async () => {
    const page = await signedIn('chen.crc');
    await openSubject(page);
    await page
      .getByRole('banner')
      .getByRole('group', { name: 'Language' })
      .locator('button[lang="zh-CN"]')
      .click();
    const cm = page.getByRole('region', { name: '合并用药' });
    await cm.getByLabel('药物名称').pressSequentially('Dilantin');
    const warning = cm.locator('.med-warning-region');
    await expect
      .poll(async () => (await warning.textContent()) ?? '')
      .toContain('本研究禁用：phenytoin');
    expect(await warning.locator('li').first().textContent()).toBe(
      '禁用：商品名“Dilantin”→ phenytoin（方案：禁用肝毒性药物保泰松、苯妥英、甲氨蝶呤、甲基多巴和利福平）',
    );
    expect(await wcagViolations(page)).toEqual([]);
  }, 60_000);
});
