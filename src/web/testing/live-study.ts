/**
 * Test set-up through the live API from a signed-in page (its session cookie and CSRF token),
 * for data that has no screen yet: screening and enrolling a subject with the sequence of
 * src/server/routes/subject-test-fixtures.ts (consents, MEN1 result, screening visit with ALT
 * and a baseline scan of one 33 mm liver target, eligibility answers, enrolment).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays } from '../../core/shared/calendar-date.ts';

/** A JSON request from the page; fails the test on a non-2xx answer, naming the request. */
export async function apiFromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const r = await page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, path, body },
  );
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body as Record<string, unknown>;
}

/** Screens a subject (demographics only); returns its id. */
export async function screenedSubject(
  page: Page,
  siteId: string,
  screeningNumber: string,
): Promise<string> {
  const s = await apiFromPage(page, 'POST', '/api/subjects', {
    siteId,
    screeningNumber,
    sex: 'F',
    birthDate: '1970-05-01',
    ethnicity: 'NOT HISPANIC OR LATINO',
    race: 'ASIAN',
  });
  return s.id as string;
}

/**
 * Screens and enrols a subject with a baseline scan of one 33 mm liver target (T1) 17 days
 * before enrolment (consents 22 days before, MEN1 report 20 days before); returns its id and
 * subject code.
 */
export async function enrolledSubject(
  page: Page,
  siteId: string,
  screeningNumber: string,
  enrollmentDate = '2025-09-01',
): Promise<{ id: string; code: string }> {
  const id = await screenedSubject(page, siteId, screeningNumber);
  const base = `/api/subjects/${id}`;
  for (const kind of ['main', 'genetic-testing'])
    await apiFromPage(page, 'POST', `${base}/consents`, {
      kind,
      version: '1.0',
      signedDate: addDays(enrollmentDate, -22),
    });
  await apiFromPage(page, 'POST', `${base}/men1-results`, {
    sample: 'blood',
    origin: 'germline',
    hgvsC: 'NM_130799.2:c.1546dupC',
    hgvsP: 'p.Arg516ProfsTer15',
    classification: 'pathogenic',
    lab: 'Central genetics lab',
    reportDate: addDays(enrollmentDate, -20),
  });
  const v = await apiFromPage(page, 'POST', `${base}/visits`, {
    kind: 'screening',
    date: addDays(enrollmentDate, -17),
  });
  await apiFromPage(page, 'PUT', `${base}/visits/${String(v.id)}/panels/liver-kidney`, {
    results: [{ code: 'ALT', value: '35', unit: 'U/L', referenceLow: '7', referenceHigh: '40' }],
  });
  await apiFromPage(page, 'PUT', `${base}/visits/${String(v.id)}/tumour-assessment`, {
    lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 }],
  });
  for (const [criterionId, met] of [
    ['inc-diagnosis', true],
    ['exc-pregnancy', false],
    ['exc-infection-immunodeficiency', false],
  ] as const)
    await apiFromPage(page, 'POST', `${base}/eligibility-answers`, {
      criterionId,
      met,
      evidence: 'clinic notes of screening',
    });
  const e = await apiFromPage(page, 'POST', `${base}/enrolment`, { enrollmentDate });
  return { id, code: (e.subjectCode ?? screeningNumber) as string };
}
