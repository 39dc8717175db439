/**
 * The Specimens screens in Chromium against the real server and database: a site coordinator
 * collects a specimen, opens its printable label sheet (Code 128 in a new tab) and creates a
 * shipment manifest; the biobank technician (who sees specimens, shipments and storage but not
 * safety) reconciles the receipt by scanning labels (received / unexpected shown live, then
 * recorded), stores the specimen in a 9 × 9 box and finds it in the grid by its label. Every
 * screen passes axe-core (WCAG 2.1 AA); screenshots in test-results/screenshots.
 *
 * Set-up: sites and a screened subject with its consents are written with the store (the
 * subjects API's consent screens are covered elsewhere); the rest goes through the screens,
 * the storage box too (registered on the Storage screen by the biobank technician).
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
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

  /** The text of the elements an input's aria-describedby points at (its hint and errors). */
  const describedBy = (input: Locator) =>
    input.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );

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
    // the server's reasons (coded, read back from the stored receipt) in words
    expect(await receipt.getByRole('row', { name: /GZ-STRAY-01/ }).textContent()).toContain(
      'in the shipment but not on its manifest',
    );

    // a 9 × 9 box registered through the Storage screen
    await nav(page, 'Storage');
    await page.getByRole('heading', { level: 1, name: 'Storage' }).waitFor();
    await page.getByText('No storage box at your sites yet.').waitFor();
    const create = page.getByRole('form', { name: 'Register a storage box' });
    expect(await create.getByLabel('Biobank').inputValue()).toBe(biobankId);
    await create.getByLabel('Box code').fill('B-001');
    await create.getByLabel('Freezer').fill('F-80-1');
    await create.getByLabel('Rows').fill('0');
    await create.getByRole('button', { name: 'Register box' }).click();
    // the rack is missing and 0 rows is no box: said beside each field, nothing sent
    const rack = create.getByLabel('Rack');
    await expect.poll(() => rack.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(rack)).toContain('Required.');
    expect(await describedBy(create.getByLabel('Rows'))).toContain('A whole number from 1 to 26.');
    await rack.fill('R2');
    await create.getByLabel('Rows').fill('9');
    await create.getByRole('button', { name: 'Register box' }).click();
    const grid = page.locator('table.box-grid');
    await grid.getByText('Box B-001: 0 occupied, 81 free').waitFor();
    expect(await page.getByLabel('Box', { exact: true }).inputValue()).not.toBe('');

    // the same code again at this biobank: the server's conflict sits beside the code
    await create.getByLabel('Box code').fill('B-001');
    await create.getByLabel('Freezer').fill('F-80-2');
    await create.getByLabel('Rack').fill('R1');
    await create.getByRole('button', { name: 'Register box' }).click();
    const code = create.getByLabel('Box code');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(code)).toContain('box B-001 exists at this site');
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'storage-box-create');

    // kept: after a reload the box is listed and shown
    await page.reload();
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

  it('custody: refused actions say why, the coordinator uses up and destroys at the site, the biobank distributes; each confirmed with a reason and kept in the chain of custody', async () => {
    const page = await signedIn('he.crc');
    await nav(page, 'Specimens');
    const collect = page.getByRole('region', { name: 'Collect a specimen' });
    const labels: string[] = [];
    for (let i = 0; i < 2; i++) {
      await collect.getByLabel('Subject').selectOption({ label: 'GZ-001' });
      await collect.getByLabel('Specimen type').selectOption('whole-blood-edta');
      await collect.getByLabel('Quantity (mL)').fill('2');
      await collect.getByRole('button', { name: 'Record collection' }).click();
      const saved = collect.getByRole('status');
      await expect
        .poll(async () => (await saved.textContent()) ?? '')
        .toMatch(labels[0] ? new RegExp(`^Collected: label (?!${labels[0]}\\.)`) : /^Collected/);
      labels.push(((await saved.textContent()) ?? '').replace(/^Collected: label |\.$/g, ''));
    }
    const [toDestroy, toUseUp] = labels as [string, string];
    // set-up through the API: the second one centrifuged (processed), so it may be used up
    const list = page.getByRole('region', { name: 'Specimens at my sites' });
    await list.getByRole('cell', { name: toUseUp, exact: true }).waitFor();
    const found = await page.request.get(`${h.url}/api/specimens/by-label/${toUseUp}`);
    const { id: useUpId } = (await found.json()) as { id: string };
    const me = await page.request.get(`${h.url}/api/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const start = new Date().toISOString();
    const processed = await page.request.post(`${h.url}/api/specimens/${useUpId}/processing`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { step: 'centrifugation', startedAt: start, endedAt: start },
    });
    expect(processed.status()).toBe(201);
    await page.reload();

    // held at the biobank: the coordinator's actions are refused, with the reason linked
    await list.getByRole('button', { name: `Custody of ${specimenLabel}` }).click();
    const custody = page.getByRole('region', { name: `Custody of ${specimenLabel}` });
    const actions = custody.getByRole('group', { name: 'Custody actions' });
    const distribute = actions.getByRole('button', { name: 'Distribute' });
    await distribute.waitFor();
    expect(await distribute.getAttribute('aria-disabled')).toBe('true');
    expect(await describedBy(distribute)).toBe('Held at CAMS: only that site can act on it.');

    // a collected specimen cannot be used up (the state machine), but may be destroyed
    await list.getByRole('button', { name: `Custody of ${toDestroy}` }).click();
    const c2 = page.getByRole('region', { name: `Custody of ${toDestroy}` });
    const useUp = c2.getByRole('button', { name: 'Use up' });
    await useUp.waitFor();
    expect(await useUp.getAttribute('aria-disabled')).toBe('true');
    expect(await describedBy(useUp)).toBe(
      'Not possible while the specimen is Collected: only from Processed / Kept at site / Received at biobank / Stored.',
    );
    // aria-disabled, not disabled: it keeps focus and its reason; a click does nothing
    await useUp.click({ force: true });
    expect(await c2.getByRole('form').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    // keyboard: focus the Destroy button and press Enter; the confirmation takes focus
    await c2.getByRole('button', { name: 'Destroy' }).focus();
    await page.keyboard.press('Enter');
    const confirm = c2.getByRole('form', { name: `Destroy ${toDestroy}?` });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe(`Destroy ${toDestroy}?`);
    await confirm.getByRole('button', { name: `Confirm: destroy ${toDestroy}` }).click();
    const reason = confirm.getByLabel('Reason');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(reason)).toContain('Required.');
    await reason.fill('Haemolysed on collection; redrawn');
    await h.screenshot(page, 'specimen-custody-confirm');
    await confirm.getByRole('button', { name: `Confirm: destroy ${toDestroy}` }).click();
    await expect
      .poll(async () => (await c2.getByRole('status').textContent()) ?? '')
      .toBe(`${toDestroy} recorded as destroyed.`);
    const history = c2.getByRole('table', { name: `Chain of custody of ${toDestroy}` });
    await history
      .getByRole('row', { name: /Destroyed.*Collected → Destroyed.*GZ.*He Min/ })
      .waitFor();
    expect(await describedBy(c2.getByRole('button', { name: 'Destroy' }))).toContain(
      'its chain of custody has ended',
    );

    // the processed one is used up, confirmed with a reason
    await list.getByRole('button', { name: `Custody of ${toUseUp}` }).click();
    const c3 = page.getByRole('region', { name: `Custody of ${toUseUp}` });
    await c3.getByRole('button', { name: 'Use up' }).click();
    const use = c3.getByRole('form', { name: `Use up ${toUseUp}?` });
    await use.getByLabel('Reason').fill('Used entirely for the local ctDNA test');
    await use.getByRole('button', { name: `Confirm: use up ${toUseUp}` }).click();
    await c3
      .getByRole('table', { name: `Chain of custody of ${toUseUp}` })
      .getByRole('row', { name: /Used up.*Processed → Used up/ })
      .waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await h.screenshot(page, 'specimen-custody-site');

    // kept: after a reload, the list shows both ended
    await page.reload();
    await list.getByRole('row', { name: new RegExp(`${toDestroy}.*Destroyed`) }).waitFor();
    await list.getByRole('row', { name: new RegExp(`${toUseUp}.*0 / 2.*Used up`) }).waitFor();

    // the biobank distributes the stored specimen for research
    const bb = await signedIn('bb.tech');
    await nav(bb, 'Specimens');
    const bbList = bb.getByRole('region', { name: 'Specimens at my sites' });
    await bbList.getByRole('button', { name: `Custody of ${specimenLabel}` }).click();
    const c4 = bb.getByRole('region', { name: `Custody of ${specimenLabel}` });
    await c4.getByRole('button', { name: 'Distribute' }).click();
    const dist = c4.getByRole('form', { name: `Distribute ${specimenLabel}?` });
    await dist.getByLabel('Recipient').fill('PUMCH endocrine research lab');
    await dist.getByLabel('Purpose').selectOption('research');
    await dist.getByLabel('Reason').fill('Approved MEN1 methylation sub-study');
    await dist.getByRole('button', { name: `Confirm: distribute ${specimenLabel}` }).click();
    await c4
      .getByRole('table', { name: `Chain of custody of ${specimenLabel}` })
      .getByRole('row', { name: /Distributed.*Stored → Distributed.*CAMS.*PUMCH endocrine/ })
      .waitFor();
    expect(await wcagViolations(bb)).toEqual([]);
    await h.screenshot(bb, 'specimen-custody-distributed');
    await bb.reload();
    await bb
      .getByRole('region', { name: 'Specimens at my sites' })
      .getByRole('row', { name: new RegExp(`${specimenLabel}.*Distributed`) })
      .waitFor();
  }, 120_000);
});
