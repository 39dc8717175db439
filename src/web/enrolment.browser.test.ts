/**
 * Screening and enrolment in Chromium against the real server and database, entirely through
 * the screens (issue 9 "screen and enrol a subject"): a coordinator opens Screening from the
 * navigation, goes to Subjects → "Screen a new subject", registers a subject (the screening
 * number checked in the browser with the server's schema), is refused enrolment without consent,
 * records the main consent, is refused a MEN1 result before the genetic-testing consent, records
 * it and the blood and tumour MEN1 results (a somatic variant in blood refused beside the field),
 * records and withdraws a biobank consent, creates the screening visit with ALT and the baseline
 * scan on the visit screens, sees the checklist incomplete and the refusal naming the missing
 * investigator answers, answers them, is refused on a day 1 that puts the scan 29 days back
 * (imaging window, criterion named in words), and enrols today, 20 days after the scan
 * (subject ID assigned). A second subject is shown in zh-CN and recorded as a screen failure.
 * Every screen passes axe-core (WCAG 2.1 AA); screenshots in test-results/screenshots.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addDays } from '../core/shared/calendar-date.ts';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';
/** Today at the site (its time zone is UTC below); dates are counted back from it. */
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);

async function registerSubject(page: Page, screeningNumber: string) {
  await page.getByLabel('Screening number').fill(screeningNumber);
  await page.getByLabel('Sex').selectOption('F');
  await page.getByLabel('Birth date').fill('1970-05');
  await page.getByLabel('Ethnicity').selectOption('NOT HISPANIC OR LATINO');
  await page.getByLabel('Race').selectOption('ASIAN');
  // keyboard: Enter in a field submits the form
  await page.getByLabel('Screening number').press('Enter');
  await page.getByRole('heading', { level: 1, name: `Screening · ${screeningNumber}` }).waitFor();
}

async function recordConsent(page: Page, kind: string, signedDate: string) {
  const form = page.getByRole('form', { name: 'Record a consent' });
  await form.getByLabel('Consent').selectOption({ label: kind });
  await form.getByLabel('Version').fill('1.0');
  await form.getByLabel('Signed on').fill(signedDate);
  await form.getByRole('button', { name: 'Save consent' }).click();
  await form
    .getByRole('status')
    .filter({ hasText: `${kind} recorded.` })
    .waitFor();
}

async function enrolOn(page: Page, date: string) {
  const form = page.getByRole('form', { name: 'Enrol', exact: true });
  await form.getByLabel('Enrolment date (day 1)').fill(date);
  await form.getByRole('button', { name: 'Enrol subject' }).click();
  return form;
}

describeBrowser('screening and enrolment (browser)', () => {
  const h = useBrowserHarness();

  it('a coordinator screens and enrols a subject through the screens; refusals give the gate’s reasons', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'SH01',
      name: 'Shanghai site',
      nameZh: '上海中心',
      timezone: 'UTC',
    });
    await h.createUser({
      username: 'wang.crc',
      displayName: 'Wang Fang',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'wang.crc', PASSWORD);

    // Screening in the navigation; Subjects → "Screen a new subject"
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Screening' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screening' }).waitFor();
    await page.getByText('No subject is being screened.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await nav.getByRole('link', { name: 'Subjects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subjects' }).waitFor();
    await page.getByRole('link', { name: 'Screen a new subject' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screen a new subject' }).waitFor();

    // the site comes from my grants; a bad screening number is refused before sending
    expect(await page.getByLabel('Site').locator('option').allTextContents()).toEqual([
      'SH01 · Shanghai site',
    ]);
    await page.getByLabel('Screening number').fill('SCR 001');
    await page.getByRole('button', { name: 'Screen subject' }).click();
    await page.getByText('must be 1–40 letters, digits or hyphens').waitFor();
    expect(await page.getByLabel('Screening number').getAttribute('aria-invalid')).toBe('true');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-new-subject');
    await registerSubject(page, 'SCR-001');
    await page.getByText('Site SH01 · Screening').waitFor();

    // enrolment without consent: refused, with the rule in words and the reason
    let enrol = await enrolOn(page, today);
    const consentRefusal = enrol.getByRole('alert');
    await consentRefusal.getByText('Not enrolled: no signed informed consent in force.').waitFor();
    expect(await consentRefusal.textContent()).toContain(
      'ICH E6(R3): no study procedure before informed consent',
    );

    // main consent; a MEN1 result before the genetic-testing consent is refused by the server
    await recordConsent(page, 'Main study consent', daysAgo(40));
    const men1 = page.getByRole('form', { name: 'Record a MEN1 result' });
    await men1.getByLabel('Variant (HGVS coding)').fill('NM_130799.2:c.1546dupC');
    await men1.getByLabel('Report date').fill(daysAgo(38));
    await men1.getByRole('button', { name: 'Save MEN1 result' }).click();
    await men1
      .getByRole('alert')
      .getByText(/genetic/i)
      .waitFor();
    await recordConsent(page, 'Genetic testing consent', daysAgo(40));

    // MEN1 results: HGVS and origin checked beside the field, then blood and tumour saved
    await men1.getByLabel('Variant (HGVS coding)').fill('1546dupC');
    await men1.getByLabel('Variant origin').selectOption('somatic');
    await men1.getByRole('button', { name: 'Save MEN1 result' }).click();
    await men1.getByText('must be HGVS coding notation, e.g. NM_130799.2:c.1546dupC').waitFor();
    await men1.getByText('a somatic variant comes from a tumour sample').waitFor();
    expect(await men1.getByLabel('Variant (HGVS coding)').getAttribute('aria-describedby')).toMatch(
      /-error/,
    );
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-men1-errors');
    await men1.getByLabel('Variant origin').selectOption('germline');
    await men1.getByLabel('Variant (HGVS coding)').fill('NM_130799.2:c.1546dupC');
    await men1.getByLabel('Protein change (HGVS)').fill('p.Arg516ProfsTer15');
    await men1.getByLabel('Result (ACMG/AMP class)').selectOption('pathogenic');
    await men1.getByLabel('Laboratory').fill('Central genetics lab');
    await men1.getByLabel('Report date').fill(daysAgo(38));
    await men1.getByRole('button', { name: 'Save MEN1 result' }).click();
    await men1.getByRole('status').filter({ hasText: 'blood sample recorded' }).waitFor();
    await men1.getByLabel('Sample').selectOption('tumour');
    await men1.getByLabel('Variant origin').selectOption('somatic');
    await men1.getByLabel('Variant (HGVS coding)').fill('NM_130799.2:c.1546dupC');
    await men1.getByLabel('Result (ACMG/AMP class)').selectOption('likely-pathogenic');
    await men1.getByLabel('Report date').fill(daysAgo(37));
    await men1.getByRole('button', { name: 'Save MEN1 result' }).click();
    await men1.getByRole('status').filter({ hasText: 'tumour sample recorded' }).waitFor();
    const men1Table = page
      .getByRole('region', { name: 'MEN1 mutation results' })
      .getByRole('table');
    await expect.poll(() => men1Table.locator('tbody tr').count()).toBe(2);
    expect(await men1Table.textContent()).toContain('Likely pathogenic');

    // a biobank consent recorded and withdrawn: the date shows in its row
    await recordConsent(page, 'Biobank storage consent', daysAgo(39));
    await page.getByRole('button', { name: 'Withdraw Biobank storage consent' }).click();
    const withdrawal = page.getByRole('form', { name: 'Withdraw Biobank storage consent' });
    await withdrawal.getByLabel('Withdrawn on').fill(daysAgo(36));
    await withdrawal.getByLabel('Reason (optional)').fill('changed her mind about storage');
    await withdrawal.getByRole('button', { name: /^Confirm withdrawal/ }).click();
    const biobankRow = page
      .getByRole('region', { name: 'Informed consents' })
      .getByRole('row', { name: /Biobank storage consent/ });
    await biobankRow.getByText(/changed her mind about storage/).waitFor();
    expect(await biobankRow.getByRole('button').count()).toBe(0);

    // screening visit on the visit screens: ALT, then the baseline scan
    await page.getByRole('link', { name: 'Record the screening visit' }).click();
    await page.getByRole('heading', { level: 1, name: /^Visits · / }).waitFor();
    await page.getByLabel('Visit', { exact: true }).selectOption('screening');
    await page.getByLabel('Date').fill(daysAgo(20));
    await page.getByRole('button', { name: 'Create visit' }).click();
    const liver = page.getByRole('region', { name: 'Liver and kidney function' });
    await liver.getByLabel(/Alanine aminotransferase/).fill('35');
    await liver.getByRole('button', { name: /^Save / }).click();
    await liver.getByRole('status').filter({ hasText: 'saved' }).waitFor();
    await page.getByRole('link', { name: 'Open the tumour assessment' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Tumour assessment/ }).waitFor();
    // a baseline scan opens with one empty target row, T1
    await page.getByLabel('Organ T1').fill('pancreas');
    await page.getByLabel('Diameter (mm) T1').fill('25');
    await page.getByRole('button', { name: 'Save tumour assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // back to the screening file by links: Subjects → the subject's casebook → screening
    await nav.getByRole('link', { name: 'Subjects' }).click();
    await page.getByRole('link', { name: 'SCR-001', exact: true }).click();
    await page.getByRole('link', { name: 'Screening and enrolment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screening · SCR-001' }).waitFor();

    // checklist from the protocol: data-decided criteria pass, the investigator's are missing
    const decision = page.getByTestId('eligibility-decision');
    await expect.poll(() => decision.textContent()).toMatch(/^Incomplete on /);
    const inclusion = page.getByRole('list', { name: 'Inclusion' });
    const men1Criterion = inclusion.locator('li[data-criterion="inc-men1"]');
    expect(await men1Criterion.locator('.verdict').textContent()).toBe('Passes');
    expect(await men1Criterion.textContent()).toContain('Pathogenic or likely pathogenic MEN1');

    // enrolment refused while answers are missing: each missing criterion named in words
    enrol = await enrolOn(page, today);
    const incomplete = enrol.getByRole('alert');
    await incomplete.getByText('Not enrolled: the subject is not eligible on this date.').waitFor();
    expect(await incomplete.textContent()).toContain(
      'Serious active infection or severe immunodeficiency: investigator',
    );
    expect(await wcagViolations(page)).toEqual([]);

    // the investigator's answers: inclusion met, exclusions not met, each with evidence
    for (const [list, answer] of [
      [inclusion, 'Yes'],
      [page.getByRole('list', { name: 'Exclusion' }), 'No'],
    ] as const) {
      const forms = list.getByRole('form');
      for (let i = 0; i < (await forms.count()); i++) {
        const form = forms.nth(i);
        if (answer === 'Yes') {
          // keyboard only: Space picks the radio, Tab leaves the group, Enter submits
          await form.getByLabel('Yes', { exact: true }).focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('Tab');
          await page.keyboard.type('clinic notes of screening');
          await page.keyboard.press('Enter');
        } else {
          await form.getByLabel(answer, { exact: true }).check();
          await form.getByLabel('Evidence').fill('clinic notes of screening');
          await form.getByRole('button', { name: 'Save answer' }).click();
        }
        await form.getByRole('button', { name: 'Change answer' }).waitFor();
        expect(await form.getByLabel(answer, { exact: true }).isChecked()).toBe(true);
      }
    }
    await expect.poll(() => decision.textContent()).toMatch(/^Eligible on /);

    // day 1 in 9 days puts the scan 29 days back: refused, the imaging-window criterion in words
    enrol = await enrolOn(page, addDays(today, 9));
    const window = enrol.getByRole('alert');
    await window.getByText('Not enrolled: the subject is not eligible on this date.').waitFor();
    expect(await window.textContent()).toContain(
      'Baseline imaging within 28 days before treatment start: imaging on',
    );
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-enrolment-refused');

    // day 1 today, 20 days after the scan: enrolled, subject ID assigned
    await enrolOn(page, today);
    const outcome = page.getByTestId('enrolment-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/^Enrolled as SH01-001 on .* \(day 1\)\.$/);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-enrolled');

    // the Subjects list shows the subject ID and on treatment
    await nav.getByRole('link', { name: 'Subjects' }).click();
    const row = page.getByRole('row', { name: /SH01-001/ });
    await row.getByText('On treatment').waitFor();
  }, 240_000);

  it('shows the screening file in zh-CN and records a screen failure', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'GZ02',
      name: 'Guangzhou site',
      nameZh: '广州中心',
      timezone: 'UTC',
    });
    await h.createUser({
      username: 'li.pi',
      displayName: 'Li Wei',
      password: PASSWORD,
      grants: [{ role: 'investigator', siteId: site.id }],
    });
    const page = await h.newPage();
    await h.signIn(page, 'li.pi', PASSWORD);
    await page.goto(`${h.url}/screening/new`);
    await page.getByRole('heading', { level: 1, name: 'Screen a new subject' }).waitFor();
    await registerSubject(page, 'SCR-900');
    await recordConsent(page, 'Main study consent', daysAgo(10));

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '筛选 · SCR-900' }).waitFor();
    await page.getByRole('heading', { name: '知情同意', exact: true }).waitFor();
    // the confirmation of what was just saved is said again in the new language
    expect(await page.locator('p.success[role="status"]').textContent()).toBe(
      '已记录主研究知情同意。',
    );
    await page.getByRole('heading', { name: 'MEN1 突变检测结果', exact: true }).waitFor();
    await page.getByRole('heading', { name: '入选/排除标准核查' }).waitFor();
    // the criteria's own Chinese text from the study definition
    await page
      .getByText('血液（胚系）或肿瘤组织（体细胞）检出致病或可能致病的MEN1基因变异')
      .waitFor();
    await page
      .getByRole('form', { name: '记录 MEN1 检测结果' })
      .getByLabel('变异（HGVS 编码序列）')
      .waitFor();
    // each criterion's findings in Chinese (coded eligibility.* reasons)
    const zhMen1 = page.locator('li[data-criterion="inc-men1"] .criterion-reasons');
    expect(await zhMen1.textContent()).toBe('无 MEN1 突变检测结果');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-file-zh-CN');

    // enrolment refused in Chinese: each criterion by its protocol text, then the engine's
    // findings said in Chinese (coded reasons), and no English sentence of the server's
    const enrolForm = page.getByRole('form', { name: '入组', exact: true });
    await enrolForm.getByLabel('入组日期（第 1 天）').fill(today);
    await enrolForm.getByRole('button', { name: '受试者入组' }).click();
    const refusal = enrolForm.getByRole('alert');
    await refusal.getByText('未入组：受试者在该日期不符合入选条件。').waitFor();
    const findings = await refusal.getByRole('listitem').allTextContents();
    expect(findings).toContain(
      '血液（胚系）或肿瘤组织（体细胞）检出致病或可能致病的MEN1基因变异：无 MEN1 突变检测结果',
    );
    expect(findings).toContain('基线ALT ≤ 2 × ULN（来氟米特说明书）：无基线 ALT 结果');
    expect(findings).toContain('至少一个RECIST 1.1可测量病灶：无 RECIST 1.1 基线评估');
    expect(findings.join('\n')).not.toMatch(/no MEN1 mutation result|no baseline ALT/);
    expect(await refusal.textContent()).not.toMatch(/inc-men1|not eligible|no MEN1/);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'screening-enrolment-refused-zh-CN');

    const failure = page.getByRole('form', { name: '记录筛选失败' });
    await failure.getByLabel('筛选失败日期').fill(daysAgo(3));
    await failure.getByLabel('原因').fill('no measurable disease');
    await failure.getByRole('button', { name: '记录筛选失败' }).click();
    const outcome = page.getByTestId('enrolment-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('筛选失败：no measurable disease');
    expect(await page.getByRole('form', { name: '入组' }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
  }, 120_000);
});
