import { describe, expect, it } from 'vitest';
import { type ConsentRecord, consentState, specimenPermissions } from './specimen-consent.ts';

const main: ConsentRecord = { kind: 'main', signedDate: '2026-01-05', withdrawnDate: null };
const biobank: ConsentRecord = {
  kind: 'biobank-storage',
  signedDate: '2026-01-05',
  withdrawnDate: null,
};
const genetic: ConsentRecord = {
  kind: 'genetic-testing',
  signedDate: '2026-01-06',
  withdrawnDate: null,
};

describe('specimen permissions from consents', () => {
  it('all three consents in force: collect, store, distribute, test', () => {
    const p = specimenPermissions([main, biobank, genetic], '2026-02-01');
    expect(
      [p.mayCollect, p.mayStore, p.mayDistribute, p.mayTestGenetically].map((x) => x.allowed),
    ).toEqual([true, true, true, true]);
    expect(p.biobankWithdrawn).toEqual({ withdrawn: false, date: null });
  });

  it('main consent only: collect for the protocol, but no biobank storage and no genetic test', () => {
    const p = specimenPermissions([main], '2026-02-01');
    expect(p.mayCollect.allowed).toBe(true);
    expect(p.mayStore).toEqual({
      allowed: false,
      reasons: [
        'no biobank storage consent signed by 2026-02-01: no storage in the central biobank',
      ],
    });
    expect(p.mayTestGenetically.allowed).toBe(false);
  });

  it('genetic testing consent signed the day after: not yet in force the day before, in force on the day', () => {
    expect(specimenPermissions([main, genetic], '2026-01-05').mayTestGenetically.allowed).toBe(
      false,
    );
    expect(specimenPermissions([main, genetic], '2026-01-06').mayTestGenetically.allowed).toBe(
      true,
    );
  });

  it('withdrawal of biobank consent ends storage and distribution from the withdrawal day on', () => {
    const w = { ...biobank, withdrawnDate: '2026-03-10' };
    expect(specimenPermissions([main, w], '2026-03-09').mayStore.allowed).toBe(true);
    const p = specimenPermissions([main, w], '2026-03-10');
    expect(p.mayStore.allowed).toBe(false);
    expect(p.mayDistribute.reasons[0]).toContain('withdrawn on 2026-03-10');
    expect(p.biobankWithdrawn).toEqual({ withdrawn: true, date: '2026-03-10' });
  });

  it('a new signature after a withdrawal restores the consent; same-day sign and withdraw is withdrawn', () => {
    const w = { ...biobank, withdrawnDate: '2026-03-10' };
    const again: ConsentRecord = {
      kind: 'biobank-storage',
      signedDate: '2026-04-01',
      withdrawnDate: null,
    };
    expect(consentState([w, again], 'biobank-storage', '2026-04-01').kind).toBe('in-force');
    const sameDay: ConsentRecord = {
      kind: 'biobank-storage',
      signedDate: '2026-03-10',
      withdrawnDate: '2026-03-10',
    };
    expect(consentState([sameDay], 'biobank-storage', '2026-03-10').kind).toBe('withdrawn');
  });

  it('withdrawal of genetic consent leaves storage alone', () => {
    const p = specimenPermissions(
      [main, biobank, { ...genetic, withdrawnDate: '2026-02-01' }],
      '2026-02-02',
    );
    expect(p.mayTestGenetically.allowed).toBe(false);
    expect(p.mayStore.allowed).toBe(true);
  });
});
