/**
 * Public reference vectors: the test subjects of the R package admiralonco (pharmaverse),
 * reproduced with the same parameters.
 *
 * Source: github.com/pharmaverse/admiralonco
 *   tests/testthat/test-derive_param_confirmed_bor.R, "Test 1: default confirmed BOR"
 *     (derive_param_confirmed_bor, ref_start_window = 28, ref_confirm = 28, max_nr_ne = 1,
 *      accept_sd = FALSE, source_pd = first PD) — our confirmationDays 28, sdMinDays 28.
 *   tests/testthat/test-derive_param_bor.R, "Test 1: No source_pd"
 *     (derive_param_bor, ref_start_window = 28) — the unconfirmed BOR; subjects 1–8 have no PD,
 *     so the first-PD cut changes nothing there.
 * Test 2 of derive_param_confirmed_bor (max_nr_ne = 0, accept_sd = TRUE) and Test 4 (no PD
 * cut) use conventions this protocol does not offer, so they are not reproduced.
 */
import { describe, expect, it } from 'vitest';
import { deriveBestOverallResponse } from './best-overall-response.ts';
import type { TimepointResponse } from './response-codes.ts';

/** ADSL: USUBJID → TRTSDT. */
const adsl: Record<string, string> = {
  '1': '2020-01-01',
  '2': '2019-12-12',
  '3': '2019-11-11',
  '4': '2019-12-30',
  '5': '2020-01-01',
  '6': '2020-02-02',
  '7': '2020-02-02',
  '8': '2020-04-01',
  '9': '2020-02-01',
};

/** ADRS, PARAMCD == "OVR": USUBJID, ADT, AVALC. */
const adrs: Array<[string, string, TimepointResponse]> = [
  ['1', '2020-01-01', 'PR'],
  ['1', '2020-02-01', 'CR'],
  ['1', '2020-02-16', 'NE'],
  ['1', '2020-03-01', 'CR'],
  ['1', '2020-04-01', 'SD'],
  ['2', '2020-01-01', 'SD'],
  ['2', '2020-02-01', 'PR'],
  ['2', '2020-03-01', 'SD'],
  ['2', '2020-03-13', 'CR'],
  ['3', '2019-11-12', 'CR'],
  ['3', '2019-12-02', 'CR'],
  ['3', '2020-01-01', 'SD'],
  ['4', '2020-01-01', 'PR'],
  ['4', '2020-03-01', 'SD'],
  ['4', '2020-04-01', 'SD'],
  ['4', '2020-05-01', 'PR'],
  ['4', '2020-05-15', 'NON-CR/NON-PD'],
  ['5', '2020-01-01', 'PR'],
  ['5', '2020-01-10', 'SD'],
  ['5', '2020-01-20', 'PR'],
  ['5', '2020-05-15', 'NON-CR/NON-PD'],
  ['6', '2020-02-06', 'PR'],
  ['6', '2020-02-16', 'CR'],
  ['6', '2020-03-30', 'PR'],
  ['7', '2020-02-06', 'PR'],
  ['7', '2020-02-16', 'CR'],
  ['7', '2020-04-01', 'NE'],
  ['9', '2020-02-16', 'PD'],
  ['9', '2020-03-06', 'SD'],
];

function derive(id: string) {
  return deriveBestOverallResponse({
    referenceDate: adsl[id] as string,
    rules: { confirmationDays: 28, sdMinDays: 28 },
    responses: adrs.filter(([u]) => u === id).map(([, date, response]) => ({ date, response })),
  });
}

describe('admiralonco derive_param_confirmed_bor, Test 1 (confirmed BOR)', () => {
  const expected: Array<[string, string | null, string]> = [
    ['1', '2020-02-01', 'CR'],
    ['2', '2020-02-01', 'SD'],
    ['3', '2020-01-01', 'SD'],
    ['4', '2020-03-01', 'SD'],
    ['5', '2020-05-15', 'NON-CR/NON-PD'],
    ['6', '2020-03-30', 'SD'],
    ['7', '2020-02-06', 'NE'],
    ['8', null, 'MISSING'],
    ['9', '2020-02-16', 'PD'],
  ];
  it.each(expected)('subject %s: %s %s', (id, date, response) => {
    expect(derive(id).confirmed).toEqual({ response, date });
  });

  it('warns "CR records followed by PR" for subject 6 only, as signal_crpr does', () => {
    const flagged = Object.keys(adsl).filter((id) =>
      derive(id).flags.includes('cr-followed-by-pr'),
    );
    expect(flagged).toEqual(['6']);
  });
});

describe('admiralonco derive_param_bor, Test 1 (unconfirmed BOR)', () => {
  const expected: Array<[string, string | null, string]> = [
    ['1', '2020-02-01', 'CR'],
    ['2', '2020-03-13', 'CR'],
    ['3', '2019-11-12', 'CR'],
    ['4', '2020-01-01', 'PR'],
    ['5', '2020-01-01', 'PR'],
    ['6', '2020-02-16', 'CR'],
    ['7', '2020-02-16', 'CR'],
    ['8', null, 'MISSING'],
  ];
  it.each(expected)('subject %s: %s %s', (id, date, response) => {
    expect(derive(id).unconfirmed).toEqual({ response, date });
  });
});
