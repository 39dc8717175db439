/**
 * The checks on a subject's assessments that a schema cannot express, because they tie records
 * together: dates in order, lesion ids known, targets fixed at baseline, statuses that fit the
 * lesion kind, one measurement per target. Malformed input is refused with every issue named
 * by path and rule (exit code 2 on the CLI); a clinically doubtful but well-formed baseline is
 * not refused: `baseline-validation.ts` reports it as problems.
 */
import { compareDates } from '../shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';
import { type BaselineLesion, buildCatalogue, type LesionCatalogue } from './lesion-catalogue.ts';
import {
  type Assessment,
  type LesionRecord,
  NEW_LESION_STATUSES,
  NON_TARGET_STATUSES,
  type RecistSubjectInput,
  TARGET_STATUSES,
} from './recist-input.schema.ts';
import { isTenthPrecise, toTenths } from './tenths.ts';

const STATUSES_BY_KIND: Record<'target' | 'non-target' | 'new', readonly string[]> = {
  target: TARGET_STATUSES,
  'non-target': NON_TARGET_STATUSES,
  new: NEW_LESION_STATUSES,
};

/** More issues than this are not listed: the first ones are enough to fix the input. */
const MAX_ISSUES = 20;

/**
 * Checks `input` and returns its baseline lesion catalogue, or throws one {@link DomainError}
 * of kind `invalid` listing the issues.
 *
 * @example
 * checkRecistInput({ enrollmentDate: '2026-01-10', assessments: [{ date: '2026-01-05',
 *   lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 20 }] }] })
 * // → { targets: [T1], nonTargets: [], byId }
 */
export function checkRecistInput(input: RecistSubjectInput): LesionCatalogue {
  const issues: ValidationIssue[] = [];
  const add = (path: string, rule: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, rule, message });
  };
  checkDates(input, add);
  const [baseline, ...followUps] = input.assessments;
  const baselineLesions = baseline ? checkBaseline(baseline, add) : [];
  const catalogue = buildCatalogue(baselineLesions);
  const newIds = new Set<string>();
  followUps.forEach((a, i) => checkFollowUp(a, `assessments.${i + 1}`, catalogue, newIds, add));
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
  return catalogue;
}

type Add = (path: string, rule: string, message: string) => void;

function checkDates(input: RecistSubjectInput, add: Add): void {
  input.assessments.forEach((a, i) => {
    const prev = input.assessments[i - 1];
    if (prev && compareDates(prev.date, a.date) >= 0) {
      add(
        `assessments.${i}.date`,
        'recist-dates-ascending',
        `assessment dates must be strictly ascending: ${a.date} is not after ${prev.date}`,
      );
    }
    if (i > 0 && compareDates(a.date, input.enrollmentDate) <= 0) {
      add(
        `assessments.${i}.date`,
        'recist-followup-after-start',
        `a post-baseline assessment (${a.date}) must be after enrolment ${input.enrollmentDate}`,
      );
    }
  });
}

function checkIdsUnique(a: Assessment, path: string, add: Add): void {
  const seen = new Set<string>();
  a.lesions.forEach((l, j) => {
    if (seen.has(l.id))
      add(
        `${path}.lesions.${j}.id`,
        'recist-lesion-id-unique',
        `lesion ${l.id} is listed twice in one assessment`,
      );
    seen.add(l.id);
  });
}

function checkPrecision(l: LesionRecord, path: string, add: Add): void {
  const values = [
    ...(l.diameterMm === undefined ? [] : [['diameterMm', l.diameterMm] as const]),
    ...(l.fragmentsMm ?? []).map((v, k) => [`fragmentsMm.${k}`, v] as const),
  ];
  for (const [field, v] of values) {
    if (!isTenthPrecise(v))
      add(
        `${path}.${field}`,
        'recist-precision-0.1mm',
        `diameters are recorded to 0.1 mm; ${v} has more decimals`,
      );
  }
}

function checkStatusFitsKind(
  l: LesionRecord,
  kind: 'target' | 'non-target' | 'new',
  path: string,
  add: Add,
): void {
  if (l.status !== undefined && !STATUSES_BY_KIND[kind].includes(l.status))
    add(
      `${path}.status`,
      'recist-status-for-kind',
      `status "${l.status}" does not apply to a ${kind} lesion (allowed: ${STATUSES_BY_KIND[kind].join(', ')})`,
    );
  if (kind !== 'target' && (l.fragmentsMm !== undefined || l.mergedInto !== undefined))
    add(
      path,
      'recist-split-merge-targets-only',
      'fragmentsMm and mergedInto describe target lesions only',
    );
}

function checkBaseline(a: Assessment, add: Add): BaselineLesion[] {
  checkIdsUnique(a, 'assessments.0', add);
  const lesions: BaselineLesion[] = [];
  a.lesions.forEach((l, j) => {
    const path = `assessments.0.lesions.${j}`;
    checkPrecision(l, path, add);
    if (l.kind === undefined || l.kind === 'new') {
      add(
        `${path}.kind`,
        'recist-baseline-kind',
        'a baseline lesion is a "target" or a "non-target" (new lesions appear only after baseline)',
      );
      return;
    }
    if (l.organ === undefined || l.nodal === undefined) {
      add(path, 'recist-baseline-lesion-complete', `baseline lesion ${l.id} needs organ and nodal`);
      return;
    }
    checkStatusFitsKind(l, l.kind, path, add);
    if (l.fragmentsMm !== undefined || l.mergedInto !== undefined)
      add(
        path,
        'recist-baseline-single-lesion',
        'split or merged lesions arise only after baseline',
      );
    if (l.kind === 'target' && (l.diameterMm === undefined || l.status !== undefined)) {
      add(
        `${path}.diameterMm`,
        'recist-baseline-target-measured',
        `target ${l.id} must be measured at baseline (diameterMm, no status)`,
      );
      return;
    }
    if (l.kind === 'non-target' && l.status !== undefined && l.status !== 'present')
      add(
        `${path}.status`,
        'recist-baseline-non-target-present',
        `non-target ${l.id} is "present" at baseline`,
      );
    lesions.push({
      id: l.id,
      kind: l.kind,
      organ: l.organ,
      nodal: l.nodal,
      tenths: l.diameterMm === undefined ? null : toTenths(l.diameterMm),
      sliceThicknessMm: l.sliceThicknessMm ?? null,
      path,
    });
  });
  return lesions;
}

function checkFollowUp(
  a: Assessment,
  path: string,
  catalogue: LesionCatalogue,
  newIds: Set<string>,
  add: Add,
): void {
  checkIdsUnique(a, path, add);
  a.lesions.forEach((l, j) => {
    const lp = `${path}.lesions.${j}`;
    checkPrecision(l, lp, add);
    const known = catalogue.byId.get(l.id);
    if (known) {
      if (l.kind !== undefined && l.kind !== known.kind) {
        add(
          `${lp}.kind`,
          'recist-lesion-kind-fixed',
          `lesion ${l.id} was a ${known.kind} at baseline; a lesion's kind never changes`,
        );
        return;
      }
      if (
        (l.nodal !== undefined && l.nodal !== known.nodal) ||
        (l.organ !== undefined && l.organ !== known.organ)
      )
        add(
          lp,
          'recist-lesion-attributes-fixed',
          `lesion ${l.id}: organ and nodal are as recorded at baseline (${known.organ}, nodal ${known.nodal})`,
        );
      checkStatusFitsKind(l, known.kind, lp, add);
      if (known.kind === 'target') checkTargetMeasurement(l, lp, a, catalogue, add);
      else if (l.status === 'absent' && l.diameterMm !== undefined && l.diameterMm > 0)
        add(
          lp,
          'recist-status-contradicts-diameter',
          `non-target ${l.id} cannot be absent with a diameter of ${l.diameterMm} mm`,
        );
      return;
    }
    if (newIds.has(l.id) || l.kind === 'new') {
      if (l.kind !== undefined && l.kind !== 'new') {
        add(`${lp}.kind`, 'recist-lesion-kind-fixed', `lesion ${l.id} was recorded as new`);
        return;
      }
      newIds.add(l.id);
      checkStatusFitsKind(l, 'new', lp, add);
      return;
    }
    if (l.kind === 'target' || l.kind === 'non-target') {
      add(
        `${lp}.kind`,
        'recist-no-new-targets',
        `${l.kind} ${l.id} was not recorded at baseline: targets and non-targets are chosen at baseline only (RECIST 1.1 §4.2); record new disease as kind "new"`,
      );
      return;
    }
    add(
      `${lp}.id`,
      'recist-unknown-lesion',
      `lesion ${l.id} is not a baseline lesion; a new lesion needs kind "new"`,
    );
  });
}

function checkTargetMeasurement(
  l: LesionRecord,
  lp: string,
  a: Assessment,
  catalogue: LesionCatalogue,
  add: Add,
): void {
  const given = [l.diameterMm, l.fragmentsMm, l.mergedInto, l.status].filter(
    (v) => v !== undefined,
  ).length;
  if (given !== 1) {
    add(
      lp,
      'recist-target-one-measurement',
      `target ${l.id} needs exactly one of diameterMm, fragmentsMm, mergedInto or status`,
    );
    return;
  }
  if (l.mergedInto === undefined) return;
  const into = catalogue.byId.get(l.mergedInto);
  const intoRecord = a.lesions.find((o) => o.id === l.mergedInto);
  if (
    l.mergedInto === l.id ||
    into?.kind !== 'target' ||
    intoRecord === undefined ||
    intoRecord.mergedInto !== undefined
  )
    add(
      `${lp}.mergedInto`,
      'recist-merged-into-target',
      `target ${l.id} can merge only into another target measured at the same assessment`,
    );
}
