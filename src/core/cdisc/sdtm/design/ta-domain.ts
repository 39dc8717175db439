/**
 * TA (Trial Arms, SDTMIG 3.4 §7.2.1): the one arm of this single-arm study, element by element
 * with its epoch and the branch/transition rules.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID } from '../identifiers.ts';
import { trialElements } from './te-domain.ts';

export const taSpec: DatasetSpec = {
  name: 'TA',
  label: 'Trial Arms',
  class: 'TRIAL DESIGN',
  structure: 'One record per planned Element per Arm',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    char('ARMCD', 'Planned Arm Code', 20, { keySequence: 2, mandatory: true }),
    char('ARM', 'Description of Planned Arm', 200, { mandatory: true }),
    int('TAETORD', 'Planned Order of Element within Arm', { keySequence: 3, mandatory: true }),
    char('ETCD', 'Element Code', 8, { mandatory: true }),
    char('ELEMENT', 'Description of Element', 200),
    char('TABRANCH', 'Branch', 200),
    char('TATRANS', 'Transition Rule', 200),
    char('EPOCH', 'Epoch', 40, { mandatory: true }),
  ],
};

/** The arm code of the single arm: also DM.ARMCD of every treated subject. */
export function armOf(study: StudyDefinition): { armcd: string; arm: string } {
  const t = study.treatment;
  return {
    armcd: `LEF${t.startingDoseMg}`,
    arm: `${t.drug.name.en} ${t.startingDoseMg} mg ${t.frequency}`,
  };
}

/** @example taRows(defaultStudy()).map((r) => r.EPOCH) // ['SCREENING', 'TREATMENT', 'FOLLOW-UP'] */
export function taRows(study: StudyDefinition): DatasetRow[] {
  const { armcd, arm } = armOf(study);
  return trialElements(study).map((e, i) => ({
    STUDYID: study.id,
    DOMAIN: 'TA',
    ARMCD: armcd,
    ARM: arm,
    TAETORD: i + 1,
    ETCD: e.etcd,
    ELEMENT: e.element,
    TABRANCH: e.etcd === 'SCRN' ? 'Eligible and enrolled' : null,
    TATRANS: e.etcd === 'LEF' ? 'Progression or intolerable toxicity: go to follow-up' : null,
    EPOCH: e.epoch,
  }));
}
