import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { DomainError } from '../../../shared/domain-error.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { tiRows } from '../design/ti-domain.ts';
import { ieRows } from './ie-domain.ts';

const study = defaultStudy();

describe('IE (Inclusion/Exclusion Criteria Not Met)', () => {
  const raw = syntheticSubject(4);
  const screenFailure = prepareExportSubject(
    study,
    {
      ...raw,
      enrollmentDate: null,
      firstDoseDate: null,
      lastDoseDate: null,
      screenFailureDate: '2026-01-03',
      screenFailureReason: 'not eligible',
      eligibilityNotMet: { date: '2026-01-03', criterionIds: ['inc-age', 'exc-pregnancy'] },
    },
    null,
  )!;

  it('has one row per criterion not met: inclusion not met is N, exclusion that applies is Y', () => {
    const rows = ieRows(study, screenFailure);
    expect(rows).toEqual([
      expect.objectContaining({
        IESEQ: 1,
        IETESTCD: 'INCL02',
        IETEST: 'Age ≥ 18 years (default; the registry text is silent)',
        IECAT: 'INCLUSION',
        IEORRES: 'N',
        IESTRESC: 'N',
        IEDTC: '2026-01-03',
        IEDY: null, // a screen failure has no RFSTDTC
        EPOCH: 'SCREENING',
      }),
      expect.objectContaining({
        IESEQ: 2,
        IETESTCD: 'EXCL01',
        IECAT: 'EXCLUSION',
        IEORRES: 'Y',
        IESTRESC: 'Y',
      }),
    ]);
  });

  it('uses only test codes, texts and categories that TI defines for the same criterion', () => {
    const all = study.eligibility.map((c) => c.id);
    const rows = ieRows(study, {
      ...screenFailure,
      eligibilityNotMet: { date: '2026-01-03', criterionIds: all },
    });
    const ti = new Map(tiRows(study).map((r) => [r.IETESTCD, r]));
    expect(rows).toHaveLength(all.length);
    for (const r of rows)
      expect([r.IETEST, r.IECAT]).toEqual([ti.get(r.IETESTCD)?.IETEST, ti.get(r.IETESTCD)?.IECAT]);
  });

  it('gives study days from day 1 for an enrolled subject, none without a decision', () => {
    const enrolled = prepareExportSubject(
      study,
      { ...raw, eligibilityNotMet: { date: raw.enrollmentDate!, criterionIds: ['inc-alt'] } },
      null,
    )!;
    expect(ieRows(study, enrolled)[0]).toMatchObject({ IETESTCD: 'INCL07', IEDY: 1 });
    expect(ieRows(study, { ...enrolled, eligibilityNotMet: null })).toEqual([]);
    // a decision after the data cut is not exported
    const cut = prepareExportSubject(
      study,
      { ...raw, eligibilityNotMet: { date: raw.enrollmentDate!, criterionIds: ['inc-alt'] } },
      raw.consentDate,
    )!;
    expect(ieRows(study, cut)).toEqual([]);
  });

  it('refuses a criterion the protocol does not have, naming the field', () => {
    expect(() =>
      ieRows(study, {
        ...screenFailure,
        eligibilityNotMet: { date: '2026-01-03', criterionIds: ['inc-unknown'] },
      }),
    ).toThrow(DomainError);
    expect(() =>
      ieRows(study, {
        ...screenFailure,
        eligibilityNotMet: { date: '2026-01-03', criterionIds: ['inc-unknown'] },
      }),
    ).toThrow(/eligibilityNotMet\.criterionIds: no eligibility criterion "inc-unknown"/);
  });
});
