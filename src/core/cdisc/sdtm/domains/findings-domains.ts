/**
 * The findings domains captured on the protocol's panels — LB (laboratory), VS (vital signs),
 * EG (ECG), PE (physical examination) — SDTMIG 3.4 §6.3: one record per test per visit, the
 * test code and name from the panel item, original result and unit, standard result (numeric
 * when the value is a number; units as collected — no unit conversion is applied), reference
 * range, LOINC code for labs, VISITNUM, EPOCH and --DY. Units are written as CDISC UNIT terms
 * (`cdiscUnit`: the panels' UCUM `mm[Hg]` is `mmHg`).
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { cdiscUnit } from '../../codelists/cdisc-unit.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec, VariableSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const FINDINGS_DOMAINS = {
  LB: 'Laboratory Test Results',
  VS: 'Vital Signs',
  EG: 'ECG Test Results',
  PE: 'Physical Examination',
} as const;
export type FindingsDomain = keyof typeof FINDINGS_DOMAINS;

export function findingsSpec(domain: FindingsDomain): DatasetSpec {
  const p = domain;
  const v: VariableSpec[] = [
    STUDYID,
    domainVariable,
    USUBJID,
    int(`${p}SEQ`, 'Sequence Number', { keySequence: 3, mandatory: true }),
    char(`${p}TESTCD`, 'Short Name of Measurement, Test or Exam', 8, { mandatory: true }),
    char(`${p}TEST`, 'Name of Measurement, Test or Examination', 40, { mandatory: true }),
    char(`${p}CAT`, 'Category', 40),
    char(`${p}ORRES`, 'Result or Finding in Original Units', 200),
    char(`${p}ORRESU`, 'Original Units', 20),
    char(`${p}STRESC`, 'Character Result/Finding in Std Format', 200),
    num(`${p}STRESN`, 'Numeric Result/Finding in Standard Units'),
    char(`${p}STRESU`, 'Standard Units', 20),
  ];
  if (domain === 'LB') {
    v.push(
      num('LBORNRLO', 'Reference Range Lower Limit in Orig Unit'),
      num('LBORNRHI', 'Reference Range Upper Limit in Orig Unit'),
      char('LBNRIND', 'Reference Range Indicator', 8, { codelist: 'NRIND' }),
      char('LBLOINC', 'LOINC Code', 10),
    );
  }
  v.push(
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char(`${p}DTC`, 'Date/Time of Measurement', 19),
    int(`${p}DY`, 'Study Day of Measurement'),
  );
  return {
    name: domain,
    label: FINDINGS_DOMAINS[domain],
    class: 'FINDINGS',
    structure: 'One record per test per visit per subject',
    standard: 'sdtm',
    variables: v,
  };
}

const asNumber = (text: string | null): number | null => {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};

export function findingsRows(
  domain: FindingsDomain,
  study: StudyDefinition,
  s: ExportSubject,
): DatasetRow[] {
  const c = subjectContext(study, s);
  const panels = new Map(study.panels.filter((p) => p.domain === domain).map((p) => [p.id, p]));
  const visitDate = new Map(s.visits.map((v) => [v.id, v.date]));
  const p = domain;
  const rows: Record<string, unknown>[] = [];
  for (const r of s.results) {
    const panel = panels.get(r.panelId);
    if (!panel) continue;
    const item = panel.items.find((i) => i.code === r.itemCode);
    const date = visitDate.get(r.visitId) ?? null;
    const value = asNumber(r.value);
    const low = asNumber(r.referenceLow);
    const high = asNumber(r.referenceHigh);
    const row: Record<string, unknown> = {
      STUDYID: c.studyId,
      DOMAIN: domain,
      USUBJID: c.usubjid,
      [`${p}TESTCD`]: r.itemCode,
      [`${p}TEST`]: (item?.label.en ?? r.itemCode).slice(0, 40),
      [`${p}CAT`]: panel.category ?? panel.name.en.toUpperCase().slice(0, 40),
      [`${p}ORRES`]: r.value?.slice(0, 200) ?? null,
      [`${p}ORRESU`]: cdiscUnit(r.unit),
      [`${p}STRESC`]: r.value?.slice(0, 200) ?? null,
      [`${p}STRESN`]: value,
      [`${p}STRESU`]: cdiscUnit(r.unit),
      ...c.visit(r.visitId),
      EPOCH: c.epoch(date),
      [`${p}DTC`]: date,
      [`${p}DY`]: c.dy(date),
    };
    if (domain === 'LB') {
      row.LBORNRLO = low;
      row.LBORNRHI = high;
      row.LBNRIND =
        value === null
          ? null
          : high !== null && value > high
            ? 'HIGH'
            : low !== null && value < low
              ? 'LOW'
              : low !== null || high !== null
                ? 'NORMAL'
                : null;
      row.LBLOINC = item?.loinc ?? null;
    }
    rows.push(row);
  }
  return numbered(rows, `${p}DTC`, `${p}SEQ`);
}
