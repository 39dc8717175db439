/**
 * TE (Trial Elements, SDTMIG 3.4 §7.2.2) from the study definition: screening, leflunomide
 * treatment and follow-up, with the rules that start and end each.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID } from '../identifiers.ts';

export const teSpec: DatasetSpec = {
  name: 'TE',
  label: 'Trial Elements',
  class: 'TRIAL DESIGN',
  structure: 'One record per planned Element',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    char('ETCD', 'Element Code', 8, { keySequence: 2, mandatory: true }),
    char('ELEMENT', 'Description of Element', 200, { mandatory: true }),
    char('TESTRL', 'Rule for Start of Element', 200, { mandatory: true }),
    char('TEENRL', 'Rule for End of Element', 200),
    char('TEDUR', 'Planned Duration of Element', 20),
  ],
};

export interface TrialElement {
  etcd: string;
  element: string;
  epoch: 'SCREENING' | 'TREATMENT' | 'FOLLOW-UP';
}

/** The elements in order, shared by TE and TA. */
export function trialElements(study: StudyDefinition): TrialElement[] {
  const t = study.treatment;
  return [
    { etcd: 'SCRN', element: 'Screening', epoch: 'SCREENING' },
    {
      etcd: 'LEF',
      element: `${t.drug.name.en} ${t.startingDoseMg} mg ${t.frequency}`,
      epoch: 'TREATMENT',
    },
    { etcd: 'FU', element: 'Follow-up', epoch: 'FOLLOW-UP' },
  ];
}

/** @example teRows(defaultStudy()).map((r) => r.ETCD) // ['SCRN', 'LEF', 'FU'] */
export function teRows(study: StudyDefinition): DatasetRow[] {
  const s = study.schedule;
  const [scrn, trt, fu] = trialElements(study) as [TrialElement, TrialElement, TrialElement];
  const base = { STUDYID: study.id, DOMAIN: 'TE' };
  return [
    {
      ...base,
      ETCD: scrn.etcd,
      ELEMENT: scrn.element,
      TESTRL: 'Informed consent signed',
      TEENRL: 'First dose of study drug',
      TEDUR: `P${s.screeningWindowDays}D`,
    },
    {
      ...base,
      ETCD: trt.etcd,
      ELEMENT: trt.element,
      TESTRL: 'First dose of study drug (study day 1)',
      TEENRL: 'Last dose of study drug (progression or intolerable toxicity)',
      TEDUR: null,
    },
    {
      ...base,
      ETCD: fu.etcd,
      ELEMENT: fu.element,
      TESTRL: 'Day after the last dose of study drug',
      TEENRL: `Death, withdrawal or study day ${s.horizonDays}`,
      TEDUR: null,
    },
  ];
}
