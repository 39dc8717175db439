/**
 * The Specimens screens in Chromium against the real server and database: a site coordinator
 * collects a specimen, opens its printable label sheet (Code 128 in a new tab) and creates a
 * shipment manifest; the biobank technician (who sees specimens, shipments and storage but not
 * safety) reconciles the receipt by scanning labels (received / unexpected shown live, then
 * recorded), stores the specimen in a 9 × 9 box and finds it in the grid by its label. Every
 * screen passes axe-core (WCAG 2.1 AA); screenshots in test-results/screenshots.
 *
 * Set-up: sites and a screened subject with its consents are written with the store (the
 * subjects API's consent screens are covered elsewhere); the storage box is created through the
 * API as the biobank technician; the rest goes through the screens.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { insertAudited, runCommand, SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import { createSite } from '../store/sites/site-repository.ts';
import { createSubject } from '../store/subjects/subject-repository.ts';
import { wcagViolations } from './testing/axe-check.ts';
import { describeBrowser, useBrowserHarness } from './testing/browser-harness.ts';

const PASSWORD = 'a long enough passphrase';

describeBrowser('specimens screens (browser)', () => {
  const h = useBrowserHarness();
  let specimenLabel = '';
  let biobankId = '';

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  async function signedIn(username: string): Promise<Page> {
    const page = await h.newPage();
    page.setDefaultTimeout(10_000);
    await h.signIn(page, username, PASSWORD);
    return page;
  }

  it('a coordinator collects a specimen, prints its label and ships it', async () => {
    const site = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'GZ',
      name: 'Guangzhou site',
      nameZh: '广州中心',
      timezone: 'Asia/Shanghai',
    });
    const biobank = await createSite(h.store, SYSTEM_ACTOR, {
      code: 'CAMS',
      name: 'Central biobank',
      nameZh: '中心生物样本库',
      timezone: 'Asia/Shanghai',
      isCentralBiobank: true,
    });
    biobankId = biobank.id;
    const subject = await createSubject(h.store, SYSTEM_ACTOR, {
      siteId: site.id,
      screeningNumber: 'GZ-001',
    });
    await runCommand(h.store, SYSTEM_ACTOR, async (ctx) => {
      for (const kind of ['main', 'biobank-storage'])
        await insertAudited(
          ctx,
          'consents',
          {
            id: randomUUID(),
            subject_id: subject.id,
            site_id: site.id,
            created_at: ctx.now,
            kind,
            version: '1.0',
            signed_date: '2026-02-20',
            withdrawn_date: null,
            withdrawal_reason: null,
          },
          { entityType: 'consent', siteId: site.id, subjectId: subject.id },
        );
    });
    await h.createUser({
      username: 'he.crc',
      displayName: 'He Min',
      password: PASSWORD,
      grants: [{ role: 'coordinator', siteId: site.id }],
    });
    await h.createUser({
      username: 'bb.tech',
      displayName: 'Guo Hua',
      password: PASSWORD,
      grants: [{ role: 'biobank-technician', siteId: biobank.id }],
    });

    const page = await signedIn('he.crc');
    await nav(page, 'Specimens');
    await page.getByRole('heading', { level: 1, name: 'Specimens' }).waitFor();
    const collect = page.getByRole('region', { name: 'Collect a specimen' });
    await collect.getByLabel('Subject').selectOption({ label: 'GZ-001' });
    await collect.getByLabel('Specimen type').selectOption('whole-blood-edta');
    await collect.getByLabel('Quantity (mL)').fill('4');
    await collect.getByRole('button', { name: 'Record collection' }).click();
    const saved = collect.getByRole('status');
    await expect.poll(async () => (await saved.textContent()) ?? '').toMatch(/^Collected: label /);
    specimenLabel = ((await saved.textContent()) ?? '').replace(/^Collected: label |\.$/g, '');
    const list = page.getByRole('region', { name: 'Specimens at my sites' });
    await list.getByRole('cell', { name: specimenLabel, exact: true }).waitFor();
    expect(await list.getByLabel(`Select ${specimenLabel}`).isChecked()).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'specimens');

    // the label sheet opens in a new tab: HTML with the Code 128 barcode as SVG
    const [sheet] = await Promise.all([
      page.waitForEvent('popup'),
      list.getByRole('button', { name: 'Print labels (1)' }).click(),
    ]);
    await sheet.waitForLoadState();
    expect(sheet.url()).toContain('/api/specimen-labels?ids=');
    expect(await sheet.content()).toContain(specimenLabel);
    expect(await sheet.locator('svg').count()).toBeGreaterThan(0);
    await h.screenshot(sheet, 'specimen-label-sheet');
    await sheet.close();

    await nav(page, 'Shipments');
    const form = page.getByRole('region', { name: 'New shipment manifest' });
    await form.getByLabel('Destination biobank').selectOption({ label: 'CAMS · Central biobank' });
    await form.getByLabel('Shipping condition').selectOption('dry-ice');
    await form.getByLabel('Courier (optional)').fill('SF Express');
    await form.getByRole('checkbox', { name: new RegExp(specimenLabel) }).check();
    await form.getByRole('button', { name: 'Create manifest (1 selected)' }).click();
    await expect
      .poll(async () => (await form.getByRole('status').textContent()) ?? '')
      .toContain('Shipment created and in transit; specimens on the manifest: 1.');
    const shipments = page.getByRole('region', { name: 'Shipments from or to my sites' });
    await shipments.getByRole('cell', { name: 'In transit' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'shipments');
  }, 90_000);

  it('the biobank reconciles the receipt by scanning, stores the specimen and finds it in the box grid', async () => {
    const page = await signedIn('bb.tech');
    const links = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .allTextContents();
    expect(links).toContain('Specimens');
    expect(links).toContain('Shipments');
    expect(links).toContain('Storage');
    expect(links).not.toContain('Safety');

    await nav(page, 'Shipments');
    const shipments = page.getByRole('region', { name: 'Shipments from or to my sites' });
    await shipments.getByRole('button', { name: 'Receive' }).click();
    const receipt = page.getByRole('region', { name: 'Receipt of the shipment from GZ' });
    const scan = receipt.getByLabel('Scan a label');
    const preview = receipt.getByRole('table');
    // before any scan, the manifest's specimen is missing
    await preview.getByRole('row', { name: new RegExp(`${specimenLabel}.*Missing`) }).waitFor();
    await scan.fill(specimenLabel.toLowerCase());
    await scan.press('Enter');
    await scan.fill('GZ-STRAY-01');
    await scan.press('Enter');
    await preview.getByRole('row', { name: new RegExp(`${specimenLabel}.*Received`) }).waitFor();
    await preview.getByRole('row', { name: /GZ-STRAY-01.*Unexpected/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'shipment-receipt');
    await receipt.getByRole('button', { name: 'Record receipt' }).click();
    await expect
      .poll(async () => (await receipt.getByRole('status').textContent()) ?? '')
      .toContain('Received with discrepancies');

    // a 9 × 9 box at the biobank, created through the API as this user
    const me = await page.request.get(`${h.url}/api/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const box = await page.request.post(`${h.url}/api/storage/boxes`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { siteId: biobankId, code: 'B-001', freezer: 'F-80-1', rack: 'R2' },
    });
    expect(box.status()).toBe(201);

    await nav(page, 'Storage');
    await page.getByRole('heading', { level: 1, name: 'Storage' }).waitFor();
    const grid = page.locator('table.box-grid');
    await grid.getByText('Box B-001: 0 occupied, 81 free').waitFor();
    await page.getByLabel('Received specimen').selectOption({ label: specimenLabel });
    await page.getByLabel('Free position').selectOption('C4');
    await page.getByRole('button', { name: 'Store here' }).click();
    await grid.getByText('Box B-001: 1 occupied, 80 free').waitFor();
    const cell = grid.getByRole('row', { name: /^C/ }).getByRole('cell').nth(3);
    expect(await cell.textContent()).toBe(specimenLabel);

    await page.getByLabel('Find by label').fill(specimenLabel);
    await page.getByText(`${specimenLabel} is in box B-001 at C4.`).waitFor();
    expect(await cell.getAttribute('aria-current')).toBe('location');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'storage-box');
  }, 90_000);
});
