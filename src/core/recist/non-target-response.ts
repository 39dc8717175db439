/**
 * Non-target response at one assessment (RECIST 1.1 §4.3.3–4.3.4):
 * - PD: unequivocal progression of an existing non-target lesion, or a non-nodal non-target
 *   reappearing after a complete response ("after a true CR any disease is PD");
 * - NE: a non-target not assessed (and nothing shows PD);
 * - CR: every non-target gone, nodes < 10 mm, tumour markers normal;
 * - NON-CR/NON-PD otherwise.
 */
import type { Reason } from '../shared/reason.ts';
import type { BaselineLesion } from './lesion-catalogue.ts';
import type { LesionRecord } from './recist-input.schema.ts';
import { recistReason } from './recist-reason.ts';
import type { NonTargetResponse } from './response-codes.ts';
import { NORMAL_NODE_BELOW } from './sum-of-diameters.ts';
import { toTenths } from './tenths.ts';

export interface NonTargetResult {
  /** null when the subject had no non-target lesion at baseline. */
  response: NonTargetResponse | null;
  reasons: Reason[];
}

type Finding = 'gone' | 'present' | 'progression' | 'missing';

function findingOf(l: BaselineLesion, o: LesionRecord | undefined): Finding {
  if (o === undefined || o.status === 'not-assessed') return 'missing';
  if (o.status === 'unequivocal-progression') return 'progression';
  if (o.status === 'absent') return 'gone';
  if (o.diameterMm !== undefined && o.status === undefined) {
    const d = toTenths(o.diameterMm);
    // A node under 10 mm short axis is normal (RECIST 1.1 §4.3.3); a non-nodal lesion at 0 mm is gone.
    return (l.nodal ? d < NORMAL_NODE_BELOW : d === 0) ? 'gone' : 'present';
  }
  return 'present';
}

/**
 * Classifies the non-target lesions at one assessment.
 *
 * @example
 * classifyNonTargetResponse({ nonTargets, observed, tumorMarkersNormal: undefined, afterCompleteResponse: false })
 * // → { response: 'NON-CR/NON-PD', reasons: [{ code: 'recist.non-target-present', params: { ids: 'NT1' },
//      text: 'non-target NT1 present, none unequivocally progressing → NON-CR/NON-PD (RECIST 1.1 §4.3.3)' }] }
 */
export function classifyNonTargetResponse(input: {
  nonTargets: readonly BaselineLesion[];
  observed: ReadonlyMap<string, LesionRecord>;
  tumorMarkersNormal: boolean | undefined;
  afterCompleteResponse: boolean;
}): NonTargetResult {
  if (input.nonTargets.length === 0) return { response: null, reasons: [] };
  const progressing: string[] = [];
  const reappeared: string[] = [];
  const missing: string[] = [];
  const present: string[] = [];
  for (const l of input.nonTargets) {
    const f = findingOf(l, input.observed.get(l.id));
    if (f === 'progression') progressing.push(l.id);
    else if (f === 'missing') missing.push(l.id);
    else if (f === 'present') {
      present.push(l.id);
      if (input.afterCompleteResponse && !l.nodal) reappeared.push(l.id);
    }
  }
  const result = (response: NonTargetResponse, reason: Reason): NonTargetResult => ({
    response,
    reasons: [reason],
  });
  if (progressing.length > 0)
    return result('PD', recistReason('recist.non-target-pd', { ids: progressing.join(', ') }));
  if (reappeared.length > 0)
    return result(
      'PD',
      recistReason('recist.non-target-reappeared-after-cr', { ids: reappeared.join(', ') }),
    );
  if (missing.length > 0)
    return result('NE', recistReason('recist.non-target-ne', { ids: missing.join(', ') }));
  if (present.length > 0)
    return result(
      'NON-CR/NON-PD',
      recistReason('recist.non-target-present', { ids: present.join(', ') }),
    );
  if (input.tumorMarkersNormal === false)
    return result('NON-CR/NON-PD', recistReason('recist.non-target-markers-above-normal'));
  return result('CR', recistReason('recist.non-target-cr'));
}
