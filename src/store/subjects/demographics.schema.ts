/**
 * Demographics (SDTM DM) as entered at screening, with CDISC controlled terminology for sex,
 * ethnicity and race so the DM export is a mapping. Birth date may be partial (BRTHDTC). The
 * schemas live in core (`core/subjects/screening-input.schema.ts`) so the web app validates with
 * the same rules; re-exported here for the store's callers.
 */
export {
  type Demographics,
  demographicsSchema,
  ETHNICITY,
  type NewSubject,
  newSubjectSchema,
  RACE,
  SEX,
} from '../../core/subjects/screening-input.schema.ts';
