/**
 * The trial design datasets (TA, TE, TV, TI, TS): reference data generated from the study
 * definition alone, with no subject data.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { taRows, taSpec } from './ta-domain.ts';
import { teRows, teSpec } from './te-domain.ts';
import { tiRows, tiSpec } from './ti-domain.ts';
import { tsRows, tsSpec } from './ts-domain.ts';
import { tvRows, tvSpec } from './tv-domain.ts';

export interface StaticDataset {
  spec: DatasetSpec;
  rows: DatasetRow[];
}

/** @example trialDesignDatasets(defaultStudy()).map((d) => d.spec.name) // TA TE TV TI TS */
export function trialDesignDatasets(study: StudyDefinition): StaticDataset[] {
  return [
    { spec: taSpec, rows: taRows(study) },
    { spec: teSpec, rows: teRows(study) },
    { spec: tvSpec, rows: tvRows(study) },
    { spec: tiSpec, rows: tiRows(study) },
    { spec: tsSpec, rows: tsRows(study) },
  ];
}
