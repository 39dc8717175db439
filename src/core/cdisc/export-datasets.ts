/**
 * Every dataset the export writes, in submission order: the SDTM trial design datasets (from
 * the study definition), the SDTM subject domains and the ADaM datasets (one subject at a time,
 * so the export streams). Each entry pairs a spec with a pure mapping.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { adaeRows, adaeSpec } from './adam/adae-dataset.ts';
import { adlbRows, adlbSpec } from './adam/adlb-dataset.ts';
import { adrsRows, adrsSpec } from './adam/adrs-dataset.ts';
import { adslRows, adslSpec } from './adam/adsl-dataset.ts';
import { adtrRows, adtrSpec } from './adam/adtr-dataset.ts';
import { adtteRows, adtteSpec } from './adam/adtte-dataset.ts';
import type { ExportSubject } from './export-subject.ts';
import type { DatasetRow, DatasetSpec } from './format/dataset-spec.ts';
import { aeRows, aeSpec } from './sdtm/domains/ae-domain.ts';
import { beRows, beSpec } from './sdtm/domains/be-domain.ts';
import { bsRows, bsSpec } from './sdtm/domains/bs-domain.ts';
import { cmRows, cmSpec } from './sdtm/domains/cm-domain.ts';
import { dmRows, dmSpec } from './sdtm/domains/dm-domain.ts';
import { dsRows, dsSpec } from './sdtm/domains/ds-domain.ts';
import { exRows, exSpec } from './sdtm/domains/ex-domain.ts';
import {
  type FindingsDomain,
  findingsRows,
  findingsSpec,
} from './sdtm/domains/findings-domains.ts';
import { gfRows, gfSpec } from './sdtm/domains/gf-domain.ts';
import { ieRows, ieSpec } from './sdtm/domains/ie-domain.ts';
import { mhRows, mhSpec } from './sdtm/domains/mh-domain.ts';
import { rsRows, rsSpec } from './sdtm/domains/rs-domain.ts';
import { suppaeRows, suppaeSpec, suppdmRows, suppdmSpec } from './sdtm/domains/supp-domains.ts';
import { trRows, trSpec, tuRows, tuSpec } from './sdtm/domains/tu-tr-domains.ts';

export interface SubjectDataset {
  spec: DatasetSpec;
  rows(study: StudyDefinition, subject: ExportSubject, cut: string | null): DatasetRow[];
}

const sdtm = (
  spec: DatasetSpec,
  rows: (st: StudyDefinition, s: ExportSubject) => DatasetRow[],
): SubjectDataset => ({
  spec,
  rows: (st, s) => rows(st, s),
});
const findings = (d: FindingsDomain) => sdtm(findingsSpec(d), (st, s) => findingsRows(d, st, s));

export const SUBJECT_DATASETS: readonly SubjectDataset[] = [
  sdtm(dmSpec, dmRows),
  sdtm(dsSpec, dsRows),
  sdtm(exSpec, exRows),
  sdtm(cmSpec, cmRows),
  sdtm(aeSpec, aeRows),
  sdtm(mhSpec, mhRows),
  sdtm(ieSpec, ieRows),
  findings('LB'),
  findings('VS'),
  findings('EG'),
  findings('PE'),
  sdtm(tuSpec, tuRows),
  sdtm(trSpec, trRows),
  sdtm(rsSpec, rsRows),
  sdtm(beSpec, beRows),
  sdtm(bsSpec, bsRows),
  sdtm(gfSpec, gfRows),
  sdtm(suppdmSpec, suppdmRows),
  sdtm(suppaeSpec, suppaeRows),
  { spec: adslSpec, rows: adslRows },
  { spec: adrsSpec, rows: adrsRows },
  { spec: adtrSpec, rows: adtrRows },
  { spec: adtteSpec, rows: adtteRows },
  { spec: adaeSpec, rows: adaeRows },
  { spec: adlbSpec, rows: adlbRows },
];

/** Dataset names, lower-case, as file stems (`dm.xpt`, `adsl.json`). */
export const datasetFileStem = (spec: DatasetSpec) => spec.name.toLowerCase();
