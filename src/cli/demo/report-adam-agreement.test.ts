/**
 * Issue 12's agreement test: a simulated study loaded through the real API (`oncotrial demo`),
 * frozen as a data cut, reported through GET /api/data-cuts/:name/report (CSV tables) and
 * exported as ADaM through GET /api/exports/csv/{adsl,adrs,adtte}?cut=<cut-off date>. The
 * report's efficacy numbers — confirmed BOR counts, ORR and DCR with their Clopper–Pearson
 * intervals, PFS/OS/DoR number analysed, events, censored, KM median with CI and the day-252
 * rate — must equal the same numbers counted from the ADaM rows (ADRS CBOR/RSP, ADTTE CNSR and
 * AVAL fed to the core's Kaplan–Meier) and the core's derivation from the cut
 * (`snapshotOverview`), subject by subject and in total, on both databases.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotOverview } from '../../core/reports/build-report.ts';
import { reportCatalogues } from '../../core/reports/i18n/report-messages.ts';
import { interval, pct, round } from '../../core/reports/report-format.ts';
import { addDays } from '../../core/shared/calendar-date.ts';
import { parseCsv } from '../../core/specimens/csv-text.ts';
import { binomialCi } from '../../core/stats/binomial-ci.ts';
import { kaplanMeier } from '../../core/stats/kaplan-meier.ts';
import { sessionAuthenticator } from '../../server/auth/session-authenticator.ts';
import { buildApp } from '../../server/build-app.ts';
import { routeTable } from '../../server/route-table.ts';
import { getDataCut } from '../../store/data-cuts/data-cut-repository.ts';
import {
  createTestStore,
  describeEachDialect,
  type TestStore,
} from '../../store/testing/test-stores.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { type DemoClient, signInDemoUser } from './demo-client.ts';
import { type DemoResult, loadDemo } from './load-demo.ts';

/** Seed 1 with 12 patients has confirmed responders, progressions, deaths and censorings. */
const SUBJECTS = 12;
const SEED = 1;
/**
 * Two cuts: one at the load date, one 120 days earlier, so the cut-off is applied to follow-up
 * recorded after it (later scans, deaths, last-known-alive dates) by both the report and the
 * export. The non-vacuity checks (a responder, a PFS event and a censoring) hold at the later one.
 */
const CUTS = [
  { name: 'final-1', daysBefore: 0 },
  { name: 'interim-1', daysBefore: 120 },
] as const;
type Cut = (typeof CUTS)[number];
const m = reportCatalogues.en;

type Row = Record<string, string>;

function records(text: string): Row[] {
  const parsed = parseCsv(text);
  if (parsed.kind !== 'ok') throw new Error(`CSV line ${parsed.line}: ${parsed.message}`);
  const [header, ...rows] = parsed.records.map((r) => r.fields);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** A report table's rows as text cells (header dropped). */
function tableRows(text: string): string[][] {
  const parsed = parseCsv(text);
  if (parsed.kind !== 'ok') throw new Error(`CSV line ${parsed.line}: ${parsed.message}`);
  return parsed.records.slice(1).map((r) => r.fields);
}

const cellOf = (v: number | string | null): string => (v === null ? '' : String(v));

describeEachDialect('report numbers = ADaM values = core derivation', (dialect) => {
  let store: TestStore;
  let demo: DemoResult;
  let app: FastifyInstance;
  let stat: DemoClient;
  const get = async (url: string): Promise<string> => {
    const r = await stat.raw('GET', url);
    if (r.statusCode !== 200) throw new Error(`GET ${url}: ${r.statusCode} ${r.body}`);
    return r.body;
  };
  const cutoffOf = (cut: Cut) => addDays(demo.asOf, -cut.daysBefore);
  const reportTable = (cut: Cut, id: string) =>
    get(`/api/data-cuts/${cut.name}/report?kind=final&format=csv&table=${id}`).then(tableRows);
  const adam = async (cut: Cut, name: string) =>
    records(await get(`/api/exports/csv/${name}?cut=${cutoffOf(cut)}`));
  const overviewOf = async (cut: Cut) =>
    snapshotOverview((await getDataCut(store, cut.name)).snapshot);

  beforeAll(async () => {
    store = await createTestStore(dialect);
    demo = await loadDemo(store, { subjects: SUBJECTS, seed: SEED });
    app = await buildApp({
      store,
      routes: routeTable,
      authenticator: sessionAuthenticator(store),
      logger: false,
    });
    stat = await signInDemoUser(app, 'statistician', DEMO_PASSWORD);
    for (const cut of CUTS)
      await stat.send('POST', '/api/data-cuts', { name: cut.name, cutoffDate: cutoffOf(cut) });
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await store?.destroy();
  });

  for (const cut of CUTS)
    describe(`cut ${cut.name}`, () => {
      it('subject by subject: ADSL/ADRS/ADTTE carry the derivation the report counts', async () => {
        const ov = await overviewOf(cut);
        const e = ov.endpoints;
        if (!e) throw new Error('no enrolled subject in the demo');
        const adsl = (await adam(cut, 'adsl')).filter((r) => r.ENRLFL === 'Y');
        const adrs = await adam(cut, 'adrs');
        const adtte = await adam(cut, 'adtte');
        // the same subjects are analysed
        expect(adsl.map((r) => r.SUBJID).sort()).toEqual(ov.tumour.map((t) => t.label).sort());
        const byLabel = new Map(ov.tumour.map((t, i) => [t.label, e.subjects[i]!]));
        const mismatches: string[] = [];
        for (const s of adsl) {
          const core = byLabel.get(s.SUBJID ?? '')!;
          const id = s.USUBJID;
          const param = (code: string) => adrs.find((r) => r.USUBJID === id && r.PARAMCD === code);
          const tte = (code: string) => adtte.find((r) => r.USUBJID === id && r.PARAMCD === code);
          const check = (what: string, adamValue: unknown, coreValue: unknown) => {
            if (String(adamValue ?? '') !== String(coreValue ?? ''))
              mismatches.push(`${s.SUBJID} ${what}: ADaM ${adamValue} ≠ report/core ${coreValue}`);
          };
          check('ADSL.BOR', s.BOR, core.bor);
          check('ADSL.EFFFL', s.EFFFL, core.populations.responseEvaluable ? 'Y' : 'N');
          check('ADRS CBOR', param('CBOR')?.AVALC, core.bor);
          check('ADRS BOR', param('BOR')?.AVALC, core.unconfirmedBor);
          for (const [code, t] of [
            ['PFS', core.pfs],
            ['OS', core.os],
            ['DOR', core.dor],
          ] as const) {
            const row = tte(code);
            check(`ADTTE ${code} present`, row !== undefined, t !== null);
            if (!row || !t) continue;
            check(`ADTTE ${code}.AVAL`, row.AVAL, t.days);
            check(`ADTTE ${code}.CNSR`, row.CNSR, t.event ? 0 : 1);
            check(`ADTTE ${code}.ADT`, row.ADT, t.date);
            check(`ADTTE ${code}.SRCREAS`, row.SRCREAS, t.reason);
          }
        }
        expect(mismatches).toEqual([]);
      });

      it('the confirmed BOR table equals the ADRS CBOR counts', async () => {
        const adrs = await adam(cut, 'adrs');
        const cbor = adrs.filter((r) => r.PARAMCD === 'CBOR');
        const n = cbor.length;
        const counts = new Map<string, number>();
        for (const r of cbor) counts.set(r.AVALC ?? '', (counts.get(r.AVALC ?? '') ?? 0) + 1);
        const bor = await reportTable(cut, 'efficacy-bor');
        expect(bor.length).toBe(counts.size);
        for (const [response, k, percent] of bor) {
          expect(counts.get(response ?? ''), response).toBe(Number(k));
          expect(percent).toBe(cellOf(pct(Number(k), n)));
        }
        expect(bor.reduce((a, r) => a + Number(r[1]), 0)).toBe(n);
      });

      it('ORR and DCR (numerator, denominator, estimate, exact CI) equal the ADRS counts on EFFFL = Y', async () => {
        const adrs = await adam(cut, 'adrs');
        const evaluable = adrs.filter((r) => r.PARAMCD === 'CBOR' && r.EFFFL === 'Y');
        const responders = adrs.filter(
          (r) => r.PARAMCD === 'RSP' && r.EFFFL === 'Y' && r.AVALC === 'Y',
        ).length;
        const controlled = evaluable.filter((r) =>
          ['CR', 'PR', 'SD', 'NON-CR/NON-PD'].includes(r.AVALC ?? ''),
        ).length;
        if (cut.daysBefore === 0) expect(responders).toBeGreaterThan(0);
        const rates = await reportTable(cut, 'efficacy-rates');
        const expected = (label: string, x: number, n: number) => {
          const ci = binomialCi(x, n, 0.95);
          return [
            label,
            String(x),
            String(n),
            cellOf(round(ci.estimate, 4)),
            interval(ci.lower, ci.upper, 4),
          ];
        };
        expect(rates[0]).toEqual(expected(m['row.orr'], responders, evaluable.length));
        expect(rates[1]).toEqual(expected(m['row.dcr'], controlled, evaluable.length));
        // …and equal the core's derivation from the cut
        const e = (await overviewOf(cut)).endpoints!;
        expect([e.orr.x, e.orr.n, e.dcr.x]).toEqual([responders, evaluable.length, controlled]);
      });

      it('PFS, OS and DoR (N, events, censored, median with CI, day-252 rate) equal the KM of the ADTTE rows', async () => {
        const adtte = await adam(cut, 'adtte');
        const e = (await overviewOf(cut)).endpoints!;
        const horizon = e.conventions.parameters.horizonDays;
        const km = await reportTable(cut, 'efficacy-km');
        const labels = { PFS: m['row.pfs'], OS: m['row.os'], DOR: m['row.dor'] } as const;
        for (const [i, code] of (['PFS', 'OS', 'DOR'] as const).entries()) {
          const rows = adtte.filter((r) => r.PARAMCD === code);
          const events = rows.filter((r) => r.CNSR === '0').length;
          const censored = rows.filter((r) => r.CNSR === '1').length;
          expect(events + censored, code).toBe(rows.length);
          // no responder yet at an early cut: no DoR rows, and the report prints an empty row
          const fit =
            rows.length === 0
              ? null
              : kaplanMeier({
                  time: rows.map((r) => Number(r.AVAL)),
                  status: rows.map((r) => (r.CNSR === '0' ? 1 : 0)),
                  confType: e.conventions.confType,
                  confLevel: e.conventions.confLevel,
                  landmarks: [horizon],
                });
          const lm = fit?.landmarks.find((l) => l.time === horizon);
          const expected =
            fit === null
              ? [labels[code], '0', '0', '', '', '', '']
              : [
                  labels[code],
                  String(rows.length),
                  String(events),
                  cellOf(round(fit.median.estimate, 1)),
                  interval(fit.median.lower, fit.median.upper, 1),
                  cellOf(round(lm?.survival ?? null, 4)),
                  interval(lm?.lower ?? null, lm?.upper ?? null, 4),
                ];
          expect(km[i], code).toEqual(expected);
          const core = code === 'PFS' ? e.pfs : code === 'OS' ? e.os : e.dor;
          expect(core?.n ?? 0, code).toBe(rows.length);
          expect(core?.events ?? 0, code).toBe(events);
        }
        // the cut has progressions or deaths and censorings, so these checks are not 0 = 0
        if (cut.daysBefore === 0) {
          expect(adtte.some((r) => r.PARAMCD === 'PFS' && r.CNSR === '0')).toBe(true);
          expect(adtte.some((r) => r.PARAMCD === 'PFS' && r.CNSR === '1')).toBe(true);
        }
      });

      it('the numbers enrolled and analysed (CONSORT) equal ADSL ENRLFL and EFFFL', async () => {
        const adsl = await adam(cut, 'adsl');
        const consort = await reportTable(cut, 'disposition-consort');
        const value = (label: string) => consort.find((r) => r[0] === label)?.[1];
        expect(value(m['row.enrolled'])).toBe(String(adsl.filter((r) => r.ENRLFL === 'Y').length));
        expect(value(m['row.analysed'])).toBe(String(adsl.filter((r) => r.EFFFL === 'Y').length));
      });
    });
});
