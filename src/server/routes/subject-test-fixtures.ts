/**
 * Builds subjects through the HTTP API for the subject route tests: a fully documented screening
 * (consents, MEN1 result, screening visit with ALT and CT measurements, the investigator's
 * answers) that the default protocol finds eligible, with knobs to leave a piece out.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Client } from '../testing/test-app.ts';

export interface ScreeningOptions {
  siteId: string;
  screeningNumber: string;
  consentDate?: string | null;
  screeningVisitDate?: string;
  men1?: 'pathogenic' | 'VUS' | null;
  /** ALT value (text) with ULN 40. */
  alt?: string | null;
  targetMm?: number;
}

export async function ok(res: Promise<LightMyRequestResponse>, status = [200, 201]) {
  const r = await res;
  expect(status, `${r.statusCode} ${r.body}`).toContain(r.statusCode);
  return r.json();
}

/** Screens a subject and returns its id and screening visit id. */
export async function screenSubject(
  c: Client,
  o: ScreeningOptions,
): Promise<{ id: string; visitId: string }> {
  const s = await ok(
    c.post('/api/subjects', {
      siteId: o.siteId,
      screeningNumber: o.screeningNumber,
      sex: 'F',
      birthDate: '1970-05-01',
      ethnicity: 'NOT HISPANIC OR LATINO',
      race: 'ASIAN',
    }),
  );
  const base = `/api/subjects/${s.id}`;
  const consentDate = o.consentDate === undefined ? '2025-08-10' : o.consentDate;
  if (consentDate) {
    await ok(c.post(`${base}/consents`, { kind: 'main', version: '1.0', signedDate: consentDate }));
    await ok(
      c.post(`${base}/consents`, {
        kind: 'genetic-testing',
        version: '1.0',
        signedDate: consentDate,
      }),
    );
  }
  const men1 = o.men1 === undefined ? 'pathogenic' : o.men1;
  // Genetic testing needs the genetic-testing consent (signed above with the main one).
  if (men1 && consentDate)
    await ok(
      c.post(`${base}/men1-results`, {
        sample: 'blood',
        origin: 'germline',
        hgvsC: 'NM_130799.2:c.1546dupC',
        hgvsP: 'p.Arg516ProfsTer15',
        classification: men1,
        lab: 'Central genetics lab',
        reportDate: '2025-08-12',
      }),
    );
  let visitId = '';
  if (consentDate) {
    const v = await ok(
      c.post(`${base}/visits`, { kind: 'screening', date: o.screeningVisitDate ?? '2025-08-15' }),
    );
    visitId = v.id;
    const alt = o.alt === undefined ? '35' : o.alt;
    if (alt !== null)
      await ok(
        c.put(`${base}/visits/${visitId}/panels/liver-kidney`, {
          results: [
            { code: 'ALT', value: alt, unit: 'U/L', referenceLow: '7', referenceHigh: '40' },
          ],
        }),
      );
    await ok(
      c.put(`${base}/visits/${visitId}/tumour-assessment`, {
        lesions: [
          {
            id: 'T1',
            kind: 'target',
            organ: 'pancreas',
            nodal: false,
            diameterMm: o.targetMm ?? 25,
          },
        ],
      }),
    );
  }
  for (const [criterionId, met] of [
    ['inc-diagnosis', true],
    ['exc-pregnancy', false],
    ['exc-infection-immunodeficiency', false],
  ] as const)
    await ok(
      c.post(`${base}/eligibility-answers`, {
        criterionId,
        met,
        evidence: 'clinic notes of screening',
      }),
    );
  return { id: s.id, visitId };
}
