/** English templates of the RECIST 1.1 input rules (baseline and follow-up assessments). */
export const RECIST_RULES = {
  'recist-baseline-window': 'the baseline assessment is outside the window before enrolment',
  'recist-no-disease': 'the baseline records no disease',
  'recist-no-measurable-disease': 'the baseline has no measurable target lesion',
  'recist-node-normal': 'a node under 10 mm short axis is normal and not a lesion',
  'recist-max-5-targets': 'at most 5 target lesions',
  'recist-max-2-per-organ': 'at most 2 target lesions per organ',
  'recist-target-node-measurable': 'a target node needs a short axis of at least 15 mm',
  'recist-target-measurable': 'a target lesion needs a longest diameter of at least 10 mm',
  'recist-not-evaluable': 'the response cannot be evaluated from these data',
  'recist-disagreement':
    'the response {investigator} recorded on {date} differs from the RECIST 1.1 engine’s {engine}',
  'recist-live-no-scan': 'there is no scan to score',
  'recist-live-not-scored': 'the engine did not score this scan',
  'recist-dates-ascending': 'assessment dates must be strictly ascending',
  'recist-followup-after-start': 'a post-baseline assessment must be after enrolment',
  'recist-lesion-id-unique': 'a lesion is listed twice in one assessment',
  'recist-precision-0.1mm': 'diameters are recorded to 0.1 mm',
  'recist-status-for-kind': 'this status does not apply to this kind of lesion',
  'recist-split-merge-targets-only': 'only target lesions split or merge',
  'recist-baseline-kind': 'a baseline lesion is a target or a non-target',
  'recist-baseline-lesion-complete': 'a baseline lesion needs organ and nodal',
  'recist-baseline-single-lesion': 'split or merged lesions arise only after baseline',
  'recist-baseline-target-measured': 'a target lesion is measured at baseline',
  'recist-baseline-non-target-present': 'a non-target lesion is present at baseline',
  'recist-lesion-kind-fixed': 'a lesion’s kind never changes',
  'recist-lesion-attributes-fixed': 'organ and nodal stay as recorded at baseline',
  'recist-status-contradicts-diameter': 'an absent lesion has no diameter',
  'recist-no-new-targets':
    'targets and non-targets are chosen at baseline only; record new disease as new',
  'recist-unknown-lesion': 'not a baseline lesion; a new lesion needs kind new',
  'recist-target-one-measurement':
    'a target needs exactly one of diameter, fragments, merged into or status',
  'recist-merged-into-target':
    'a target merges only into another target measured at the same assessment',
} as const;
