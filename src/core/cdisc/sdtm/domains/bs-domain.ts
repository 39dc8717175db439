/**
 * BS (Biospecimen Findings, SDTMIG 3.4 §6.3): one record per specimen collection (primary
 * specimens; aliquots are derived, not collected), the quantity collected as the finding, linked
 * to BE and to the biobank by BSREFID = the specimen label. The test follows the specimen type's
 * unit (core `specimen-types`): mL → VOLUME, mg → WEIGHT, blocks and slides → SPCCNT (a count).
 * Quantities are exact decimal text in the store; BSSTRESN is their number, units as collected.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int, num } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID, USUBJID } from '../identifiers.ts';
import { dtcOfInstant } from '../sdtm-dates.ts';
import { numbered } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const bsSpec: DatasetSpec = {
  name: 'BS',
  label: 'Biospecimen Findings',
  class: 'FINDINGS',
  structure: 'One record per measurement per biospecimen identifier per subject',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    USUBJID,
    int('BSSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('BSREFID', 'Reference ID', 40),
    char('BSTESTCD', 'Biospecimen Test Short Name', 8, { mandatory: true }),
    char('BSTEST', 'Biospecimen Test Name', 40, { mandatory: true }),
    char('BSORRES', 'Result or Finding in Original Units', 20),
    char('BSORRESU', 'Original Units', 10),
    char('BSSTRESC', 'Character Result/Finding in Std Format', 20),
    num('BSSTRESN', 'Numeric Result/Finding in Standard Units'),
    char('BSSTRESU', 'Standard Units', 10),
    char('BSSPEC', 'Specimen Material Type', 40),
    num('VISITNUM', 'Visit Number'),
    char('VISIT', 'Visit Name', 60),
    char('EPOCH', 'Epoch', 40),
    char('BSDTC', 'Date/Time of Specimen Collection', 19),
    int('BSDY', 'Study Day of Specimen Collection'),
  ],
};

/** The finding measured for a unit: volume, weight or a count of pieces. */
export function bsTestOf(unit: string): { BSTESTCD: string; BSTEST: string } {
  if (unit === 'mL') return { BSTESTCD: 'VOLUME', BSTEST: 'Volume' };
  if (unit === 'mg') return { BSTESTCD: 'WEIGHT', BSTEST: 'Weight' };
  return { BSTESTCD: 'SPCCNT', BSTEST: 'Specimen Count' };
}

/**
 * @example bsRows(study, subject) // [{ BSREFID: 'BB-1-1', BSTESTCD: 'VOLUME', BSORRES: '10', BSORRESU: 'mL', … }]
 */
export function bsRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return numbered(
    s.specimens.map((sp) => {
      const dtc = dtcOfInstant(sp.collectedAt);
      const n = Number(sp.quantity);
      return {
        STUDYID: c.studyId,
        DOMAIN: 'BS',
        USUBJID: c.usubjid,
        BSREFID: sp.label.slice(0, 40),
        ...bsTestOf(sp.unit),
        BSORRES: sp.quantity,
        BSORRESU: sp.unit,
        BSSTRESC: sp.quantity,
        BSSTRESN: Number.isFinite(n) ? n : null,
        BSSTRESU: sp.unit,
        BSSPEC: sp.type.toUpperCase().slice(0, 40),
        ...c.visit(sp.visitId),
        EPOCH: c.epoch(dtc),
        BSDTC: dtc,
        BSDY: c.dy(dtc),
      };
    }),
    'BSDTC',
    'BSSEQ',
  );
}
