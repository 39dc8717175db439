/**
 * The eligibility evidence of a subject as stored, for the core checklist: main consent, birth
 * date (complete or partial: the core age rule decides from a partial date when it can), MEN1 results, the
 * latest ALT on or before the check date with the lab's ULN, measurable disease and the baseline
 * imaging date from the site's tumour measurements, and the investigator's answers.
 */
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { compareDates, type IsoDate } from '../../core/shared/calendar-date.ts';
import {
  type EligibilityEvaluation,
  evaluateEligibility,
} from '../../core/subjects/eligibility-evaluation.ts';
import type {
  EligibilityEvidence,
  Men1Result,
} from '../../core/subjects/eligibility-evidence.schema.ts';
import { measurableDiseaseFromRecords } from '../../core/subjects/recist-from-records.ts';
import { altResults, mainConsent, tumourAssessments } from './subject-events.ts';
import type { SubjectFile } from './subject-file.ts';

export function eligibilityEvidence(file: SubjectFile, checkDate: IsoDate): EligibilityEvidence {
  const consent = mainConsent(file);
  const alt = altResults(file)
    .filter((r) => compareDates(r.date, checkDate) <= 0)
    .sort((a, b) => compareDates(a.date, b.date))
    .at(-1);
  const measurable = measurableDiseaseFromRecords(checkDate, tumourAssessments(file, 'site'));
  const birth = file.subject.birthDate;
  return {
    checkDate,
    plannedTreatmentStartDate: checkDate,
    consent: consent
      ? {
          signedDate: consent.signedDate,
          version: consent.version,
          ...(consent.withdrawnDate ? { withdrawnDate: consent.withdrawnDate } : {}),
        }
      : undefined,
    birthDate: birth ?? undefined,
    men1Results: file.men1_results.map(
      (r): Men1Result => ({
        sample: r.sample as Men1Result['sample'],
        origin: r.origin as Men1Result['origin'],
        classification: r.classification as Men1Result['classification'],
        hgvs: r.hgvsP ? `${r.hgvsC} (${r.hgvsP})` : r.hgvsC,
        ...(r.lab ? { lab: r.lab } : {}),
        ...(r.reportDate ? { reportDate: r.reportDate } : {}),
      }),
    ),
    baselineAlt: alt ? { date: alt.date, value: alt.value, uln: alt.uln } : undefined,
    measurableDisease: measurable
      ? { measurable: measurable.measurable, reasons: measurable.reasons }
      : undefined,
    baselineImagingDate: measurable?.baselineDate,
    manualAnswers: Object.fromEntries(
      file.eligibility_answers.map((a) => [
        a.criterionId,
        { met: Number(a.met) === 1, evidence: a.evidence },
      ]),
    ),
  };
}

/** The checklist as of `checkDate` (the planned day 1, or today while screening). */
export function evaluateStoredEligibility(
  file: SubjectFile,
  study: StudyDefinition,
  checkDate: IsoDate,
): EligibilityEvaluation {
  return evaluateEligibility(study, eligibilityEvidence(file, checkDate));
}
