/**
 * ADAE (ADaM OCCDS): the SDTM AE coding and seriousness carried over unchanged, and the
 * treatment-emergent flag at its exact edges — onset on the first dose day counts, the day
 * before does not; onset on last dose + 28 days (the protocol's end-of-treatment window) counts,
 * + 29 does not.
 */
import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../protocol/study-definition.ts';
import { addDays } from '../../shared/calendar-date.ts';
import type { ExportAdverseEvent } from '../export-subject.ts';
import { prepareExportSubject } from '../prepare-export-subject.ts';
import { aeRows } from '../sdtm/domains/ae-domain.ts';
import { syntheticSubject } from '../testing/synthetic-subjects.ts';
import { adaeRows, adaeSpec } from './adae-dataset.ts';

const study = defaultStudy();
const raw = syntheticSubject(5);
const base = raw.adverseEvents[0]!;

function subjectWith(aes: Partial<ExportAdverseEvent>[]) {
  return prepareExportSubject(
    study,
    { ...raw, adverseEvents: aes.map((a) => ({ ...base, ...a })) },
    null,
  )!;
}

describe('ADAE', () => {
  it('carries AEDECOD, AEBODSYS, AESER and the seriousness flags exactly as SDTM AE has them', () => {
    const s = subjectWith([
      { term: 'Alanine aminotransferase increased', serious: false, seriousCriteria: [] },
      { term: 'Nausea', serious: true, seriousCriteria: ['hospitalisation'] },
    ]);
    const sdtm = aeRows(study, s);
    const adam = adaeRows(study, s, null);
    expect(adam).toHaveLength(2);
    const carried = [
      'AEDECOD',
      'AEBODSYS',
      'AESER',
      'AESCONG',
      'AESDISAB',
      'AESDTH',
      'AESHOSP',
      'AESLIFE',
      'AESMIE',
    ];
    for (const [i, row] of adam.entries())
      for (const name of carried) expect(row[name], name).toEqual(sdtm[i]?.[name] ?? null);
    const alt = adam.find((r) => r.AETERM === 'Alanine aminotransferase increased');
    expect(alt).toMatchObject({ AEDECOD: 'Alanine aminotransferase increased', AESER: 'N' });
    expect(alt?.AESHOSP).toBeNull(); // flags only on serious events (SDTMIG AE assumptions)
    const nausea = adam.find((r) => r.AETERM === 'Nausea');
    expect(nausea).toMatchObject({ AESER: 'Y', AESHOSP: 'Y', AESDTH: 'N' });
    // every row holds exactly the declared variables, in the declared order
    expect(Object.keys(adam[0] ?? {})).toEqual(adaeSpec.variables.map((v) => v.name));
  });

  it('flags treatment-emergent onsets from the first dose to the last dose + 28 days, inclusive', () => {
    const probe = subjectWith([{}]);
    const first = probe.firstDoseDate;
    expect(first).not.toBeNull();
    const last = addDays(first as string, 100);
    const window = study.schedule.endOfTreatmentWithinDays;
    expect(window).toBe(28);
    const onsets = {
      dayBeforeFirstDose: addDays(first as string, -1),
      firstDose: first as string,
      lastDosePlusWindow: addDays(last, window),
      oneDayAfterWindow: addDays(last, window + 1),
    };
    const s = {
      ...subjectWith(Object.values(onsets).map((onsetDate) => ({ onsetDate, endDate: null }))),
      lastDoseDate: last,
    };
    const flag = new Map(adaeRows(study, s, null).map((r) => [r.ASTDT, r.TRTEMFL]));
    expect(flag.get(onsets.dayBeforeFirstDose)).toBeNull();
    expect(flag.get(onsets.firstDose)).toBe('Y');
    expect(flag.get(onsets.lastDosePlusWindow)).toBe('Y');
    expect(flag.get(onsets.oneDayAfterWindow)).toBeNull();
  });
});
