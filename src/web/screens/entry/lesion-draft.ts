/**
 * The lesion table as typed (text diameters, empty statuses) and its conversion to the RECIST
 * engine's lesion records (src/core/recist/recist-input.schema.ts). A baseline scan describes
 * each lesion fully (RECIST 1.1 §3.2: kind, organ, nodal, target diameter); a follow-up scan
 * re-measures the baseline lesions by id and may add new lesions (§4.3.5).
 */
import type {
  LesionKind,
  LesionRecord,
  LesionStatus,
} from '../../../core/recist/recist-input.schema.ts';

export interface LesionDraft {
  id: string;
  kind: LesionKind;
  organ: string;
  nodal: boolean;
  /** As typed, in mm; '' when not measured. */
  diameter: string;
  /** '' when none (a measured target, a baseline non-target). */
  status: LesionStatus | '';
}

/** Diameters to 0.1 mm (the engine's precision, RECIST 1.1 records to the mm or below). */
const MM = /^\d{1,4}([.,]\d)?$/;

/**
 * The diameter in mm, null when empty, or 'invalid' when it is not a number to 0.1 mm.
 * @example parseDiameter('23,1') // 23.1
 */
export function parseDiameter(text: string): number | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  return MM.test(s) ? Number(s.replace(',', '.')) : 'invalid';
}

/** Ids of the lesions whose diameter text is not a number to 0.1 mm. */
export function invalidDiameters(drafts: readonly LesionDraft[]): string[] {
  return drafts.filter((d) => parseDiameter(d.diameter) === 'invalid').map((d) => d.id);
}

/**
 * The engine's records for one scan (unparseable diameters left out: reported beside the field).
 * @example toLesionRecords([{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameter: '23.1', status: '' }], false)
 * // [{ id: 'T1', diameterMm: 23.1 }]
 */
export function toLesionRecords(drafts: readonly LesionDraft[], baseline: boolean): LesionRecord[] {
  return drafts.map((d) => {
    const mm = parseDiameter(d.diameter);
    const describe = baseline || d.kind === 'new';
    const r: LesionRecord = {
      id: d.id,
      ...(describe ? { kind: d.kind, organ: d.organ.trim(), nodal: d.nodal } : {}),
    };
    if (d.kind === 'target' && typeof mm === 'number' && d.status === '') r.diameterMm = mm;
    if (d.status !== '') r.status = d.status;
    return r;
  });
}

/**
 * The table of a follow-up scan before anything is typed: each baseline lesion by id, organ and
 * nodal (read only), targets unmeasured, non-targets still present.
 */
export function followUpDrafts(baseline: readonly LesionRecord[]): LesionDraft[] {
  return baseline
    .filter((l) => l.kind === 'target' || l.kind === 'non-target')
    .map((l) => ({
      id: l.id,
      kind: l.kind as LesionKind,
      organ: l.organ ?? '',
      nodal: l.nodal ?? false,
      diameter: '',
      status: l.kind === 'non-target' ? 'present' : '',
    }));
}

/** The table of a stored scan, filled in from its records and the baseline's descriptions. */
export function draftsFromStored(
  stored: readonly LesionRecord[],
  baseline: readonly LesionRecord[],
): LesionDraft[] {
  return stored.map((l) => {
    const b = baseline.find((x) => x.id === l.id);
    return {
      id: l.id,
      kind: l.kind ?? b?.kind ?? 'target',
      organ: l.organ ?? b?.organ ?? '',
      nodal: l.nodal ?? b?.nodal ?? false,
      diameter: l.diameterMm === undefined ? '' : String(l.diameterMm),
      status: l.status ?? '',
    };
  });
}

const PREFIX: Record<LesionKind, string> = { target: 'T', 'non-target': 'NT', new: 'N' };

/**
 * The next free id of a kind: T1, T2… NT1… N1….
 * @example nextLesionId([{ id: 'T1', … }], 'target') // 'T2'
 */
export function nextLesionId(drafts: readonly Pick<LesionDraft, 'id'>[], kind: LesionKind): string {
  const used = new Set(drafts.map((d) => d.id));
  for (let n = 1; ; n++) if (!used.has(`${PREFIX[kind]}${n}`)) return `${PREFIX[kind]}${n}`;
}
