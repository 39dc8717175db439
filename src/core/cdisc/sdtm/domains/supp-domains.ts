/**
 * The SUPP-- datasets this export writes (SDTMIG 3.4 §8.4), for collected values without a
 * standard variable:
 * - SUPPAE: when the site became aware of the event (AEAWRDTC) and when a serious event was
 *   reported to the sponsor (SAERPDTC) — the SAE 24-hour clock's two instants, UTC — and the
 *   CTCAE version AETOXGR was graded with (CTCAEVER). Linked by AESEQ.
 * - SUPPDM: the screening number (SCRNNUM), which SUBJID replaces once the subject is enrolled.
 * Seriousness criteria, causality and the reader of a scan have standard variables and are not
 * here.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject } from '../../export-subject.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { dtcOfInstant } from '../sdtm-dates.ts';
import { qualifier, suppRows, suppSpec } from '../supp-qualifiers.ts';
import { sequenceNumbers } from './sdtm-rows.ts';
import { subjectContext } from './subject-context.ts';

export const suppaeSpec: DatasetSpec = suppSpec('AE', [
  qualifier({
    qnam: 'AEAWRDTC',
    qlabel: 'Date/Time Site Became Aware of Event',
    dataType: 'datetime',
    length: 19,
    qorig: 'CRF',
  }),
  qualifier({
    qnam: 'SAERPDTC',
    qlabel: 'Date/Time SAE Reported to Sponsor',
    dataType: 'datetime',
    length: 19,
    qorig: 'CRF',
  }),
  qualifier({
    qnam: 'CTCAEVER',
    qlabel: 'CTCAE Version Used for AETOXGR',
    dataType: 'string',
    length: 10,
    qorig: 'Assigned',
  }),
]);

export const suppdmSpec: DatasetSpec = suppSpec('DM', [
  qualifier({
    qnam: 'SCRNNUM',
    qlabel: 'Screening Number',
    dataType: 'string',
    length: 20,
    qorig: 'Assigned',
  }),
]);

/** @example suppaeRows(study, s) // [{ RDOMAIN: 'AE', IDVAR: 'AESEQ', IDVARVAL: '1', QNAM: 'CTCAEVER', QVAL: '5.0', … }] */
export function suppaeRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  // AESEQ as aeRows numbers the events (by onset date, then record order)
  const seq = sequenceNumbers(s.adverseEvents.map((a) => a.onsetDate));
  const records = s.adverseEvents
    .map((a, i) => ({
      seq: seq[i] ?? null,
      seqName: 'AESEQ',
      values: {
        AEAWRDTC: dtcOfInstant(a.awarenessAt),
        SAERPDTC: a.serious ? dtcOfInstant(a.saeReportedAt) : null,
        CTCAEVER: a.ctcaeVersion,
      },
    }))
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return suppRows(suppaeSpec, { studyId: c.studyId, usubjid: c.usubjid }, records);
}

export function suppdmRows(study: StudyDefinition, s: ExportSubject): DatasetRow[] {
  const c = subjectContext(study, s);
  return suppRows(suppdmSpec, { studyId: c.studyId, usubjid: c.usubjid }, [
    { seq: null, seqName: null, values: { SCRNNUM: s.screeningNumber } },
  ]);
}
