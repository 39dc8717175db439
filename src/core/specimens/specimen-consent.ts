/**
 * What a subject's consents allow for their specimens on a given day (ICH E6(R3) 2.8, the
 * Declaration of Taipei on health databases and biobanks: use of samples stays within what the
 * donor consented to, and a withdrawal is honoured for the future). Three consents are signed
 * separately: the main study consent, storage in the central biobank (future research), and
 * genetic testing. A consent is in force on a day when its latest signature on or before that day
 * is later than its latest withdrawal on or before that day (withdrawal wins a same-day tie; a new
 * signature after a withdrawal restores it).
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';

export type ConsentKind = 'main' | 'biobank-storage' | 'genetic-testing';

export interface ConsentRecord {
  kind: string;
  signedDate: IsoDate;
  withdrawnDate: IsoDate | null;
}

export interface Permission {
  allowed: boolean;
  reasons: string[];
}

export interface SpecimenPermissions {
  /** Collect and keep at the site for the protocol's own tests (main consent). */
  mayCollect: Permission;
  /** Send to and keep in the central biobank (biobank-storage consent). */
  mayStore: Permission;
  /** Release from the biobank for research (biobank-storage consent). */
  mayDistribute: Permission;
  /** Germline or somatic MEN1 testing (genetic-testing consent). */
  mayTestGenetically: Permission;
  /** Biobank consent withdrawn: the specimens must be destroyed or returned. */
  biobankWithdrawn: { withdrawn: boolean; date: IsoDate | null };
}

type ConsentState =
  | { kind: 'in-force'; since: IsoDate }
  | { kind: 'withdrawn'; on: IsoDate }
  | { kind: 'not-given' };

const latest = (dates: IsoDate[]): IsoDate | null =>
  dates.length === 0 ? null : ([...dates].sort(compareDates).at(-1) ?? null);

export function consentState(
  records: readonly ConsentRecord[],
  kind: ConsentKind,
  on: IsoDate,
): ConsentState {
  const own = records.filter((r) => r.kind === kind);
  const signed = latest(own.map((r) => r.signedDate).filter((d) => compareDates(d, on) <= 0));
  const withdrawn = latest(
    own.flatMap((r) =>
      r.withdrawnDate && compareDates(r.withdrawnDate, on) <= 0 ? [r.withdrawnDate] : [],
    ),
  );
  if (withdrawn && (!signed || compareDates(signed, withdrawn) <= 0))
    return { kind: 'withdrawn', on: withdrawn };
  if (signed) return { kind: 'in-force', since: signed };
  return { kind: 'not-given' };
}

const NAMES: Record<ConsentKind, string> = {
  main: 'main study consent',
  'biobank-storage': 'biobank storage consent',
  'genetic-testing': 'genetic testing consent',
};

function permission(
  records: readonly ConsentRecord[],
  kind: ConsentKind,
  on: IsoDate,
  use: string,
): Permission {
  const s = consentState(records, kind, on);
  switch (s.kind) {
    case 'in-force':
      return {
        allowed: true,
        reasons: [`${NAMES[kind]} signed ${s.since} is in force on ${on}: ${use} allowed`],
      };
    case 'withdrawn':
      return { allowed: false, reasons: [`${NAMES[kind]} was withdrawn on ${s.on}: no ${use}`] };
    case 'not-given':
      return { allowed: false, reasons: [`no ${NAMES[kind]} signed by ${on}: no ${use}`] };
    default: {
      const never: never = s;
      return never;
    }
  }
}

/**
 * @example
 * specimenPermissions([{ kind: 'main', signedDate: '2026-01-05', withdrawnDate: null }], '2026-02-01')
 *   .mayStore.allowed // false: no biobank storage consent
 */
export function specimenPermissions(
  records: readonly ConsentRecord[],
  on: IsoDate,
): SpecimenPermissions {
  const biobank = consentState(records, 'biobank-storage', on);
  return {
    mayCollect: permission(records, 'main', on, 'collection for the protocol'),
    mayStore: permission(records, 'biobank-storage', on, 'storage in the central biobank'),
    mayDistribute: permission(records, 'biobank-storage', on, 'distribution for research'),
    mayTestGenetically: permission(records, 'genetic-testing', on, 'genetic testing'),
    biobankWithdrawn: {
      withdrawn: biobank.kind === 'withdrawn',
      date: biobank.kind === 'withdrawn' ? biobank.on : null,
    },
  };
}
