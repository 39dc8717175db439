/**
 * What is measured at a visit: the protocol's assessment panels (values checked against the
 * panel items by the core, lab values kept as decimal text with unit and reference range) and
 * the tumour measurements of a CT/MRI visit (lesions in the RECIST engine's shape, one read per
 * reader: the site's and the independent reviewer's), with the reader's own overall response
 * beside the engine's (a disagreement raises a `recist-disagreement` query). The first save of a
 * panel inserts; saving it again edits the saved values and needs a reason for change.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { checkRecistInput } from '../../core/recist/input-consistency.ts';
import { lesionRecordSchema } from '../../core/recist/recist-input.schema.ts';
import { TIMEPOINT_RESPONSES } from '../../core/recist/response-codes.ts';
import { DomainError, type ValidationIssue } from '../../core/shared/domain-error.ts';
import { parseOrThrow } from '../../core/shared/zod-issues.ts';
import {
  type PanelResultInput,
  validatePanelResults,
} from '../../core/subjects/panel-result-validation.ts';
import {
  compareResponses,
  disagreementText,
  RECIST_DISAGREEMENT_RULE,
} from '../../core/subjects/recist-agreement.ts';
import { recistInputFromRecords } from '../../core/subjects/recist-from-records.ts';
import { type Actor, insertAudited, updateAudited } from '../audit/audited-write.ts';
import { raiseAutoQuery } from '../integrity/query-repository.ts';
import type { Store } from '../open-store.ts';
import { evaluateSafetyAfterLabs } from '../safety/safety-evaluation.ts';
import { recordedResponses } from './recorded-responses.ts';
import {
  type SubjectCommandContext,
  type SubjectScope,
  subjectCommand,
  type WriteOutcome,
} from './subject-command.ts';
import { recistOf, tumourAssessments } from './subject-events.ts';
import { findSubject, loadSubjectFile, type SubjectFile } from './subject-file.ts';

function visitOf(c: SubjectCommandContext, visitId: string) {
  const v = c.file.visits.find((x) => x.id === visitId);
  if (!v) throw new DomainError({ kind: 'not-found', entity: 'visit', id: visitId });
  return v;
}

function panelsOfVisit(study: StudyDefinition, kind: string): string[] {
  return study.visits.find((v) => v.kind === kind)?.panels ?? [];
}

export async function savePanelResults(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  visitId: string,
  panelId: string,
  results: PanelResultInput[],
  reason: string | undefined,
): Promise<WriteOutcome<{ visitId: string; panelId: string; results: unknown[] }>> {
  return subjectCommand(store, actor, scope, async (c) => {
    const visit = visitOf(c, visitId);
    const panel = c.study.panels.find((p) => p.id === panelId);
    if (!panel || !panelsOfVisit(c.study, visit.kind).includes(panelId))
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'params.panelId',
            rule: 'panel-of-visit',
            message: `a ${visit.kind} visit has the panels: ${panelsOfVisit(c.study, visit.kind).join(', ')}`,
          },
        ],
      });
    const normalised = validatePanelResults(panel, results, 'body.results');
    const saved = c.file.assessment_results.filter(
      (r) => r.visitId === visitId && r.panelId === panelId,
    );
    for (const r of normalised) {
      const row = {
        value: r.value,
        unit: r.unit,
        reference_low: r.referenceLow,
        reference_high: r.referenceHigh,
      };
      const old = saved.find((s) => s.itemCode === r.code);
      const ref = { entityType: 'assessment-result', ...c.ref };
      if (old) await updateAudited(c.ctx, 'assessment_results', old.id, row, { ...ref, reason });
      else
        await insertAudited(
          c.ctx,
          'assessment_results',
          {
            id: randomUUID(),
            subject_id: c.subject.id,
            site_id: c.subject.siteId,
            created_at: c.ctx.now,
            visit_id: visitId,
            panel_id: panelId,
            item_code: r.code,
            ...row,
          },
          ref,
        );
    }
    // Leflunomide liver rules and CTCAE-driven alerts see the labs in the same transaction, so
    // an alert exists exactly when its data do (src/store/safety/README.md).
    if (panel.domain === 'LB') await evaluateSafetyAfterLabs(c.ctx, c.subject.id);
    return { result: { visitId, panelId, results: normalised }, recordId: visitId };
  });
}

export const tumourAssessmentSchema = z.object({
  reader: z.enum(['site', 'independent']).default('site'),
  lesions: z.array(lesionRecordSchema).min(1),
  tumourMarkersNormal: z.boolean().nullable().optional(),
  /** The reader's own overall response for this time point (RECIST 1.1 §4.4.1 codes). */
  investigatorResponse: z.enum(TIMEPOINT_RESPONSES).nullable().optional(),
  reason: z.string().optional(),
});
export type TumourAssessmentInput = z.infer<typeof tumourAssessmentSchema>;

/**
 * Saves (or, with a reason, corrects) one reader's tumour measurements of an imaging visit, and
 * checks that the reader's whole series is still valid input for the RECIST engine (known lesion
 * ids, targets fixed at baseline, dates in order).
 */
export async function saveTumourAssessment(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  visitId: string,
  body: unknown,
): Promise<
  WriteOutcome<{
    id: string;
    visitId: string;
    reader: string;
    investigatorResponse: string | null;
  }>
> {
  const input = parseOrThrow(tumourAssessmentSchema, body, 'body');
  const out = await subjectCommand(store, actor, scope, async (c) => {
    const visit = visitOf(c, visitId);
    if (!panelsOfVisit(c.study, visit.kind).includes('ct-imaging'))
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'params.visitId',
            rule: 'imaging-visit',
            message: `a ${visit.kind} visit has no tumour imaging`,
          },
        ],
      });
    const old = c.file.tumour_assessments.find(
      (t) => t.visitId === visitId && t.reader === input.reader,
    );
    const row = {
      assessment_date: visit.visitDate,
      lesions: JSON.stringify(input.lesions),
      tumour_markers_normal:
        input.tumourMarkersNormal == null ? null : input.tumourMarkersNormal ? 1 : 0,
      // Left out: the saved response stands (re-measuring does not erase it); null clears it.
      investigator_response:
        input.investigatorResponse === undefined
          ? (old?.investigatorResponse ?? null)
          : input.investigatorResponse,
    };
    const ref = { entityType: 'tumour-assessment', ...c.ref };
    let id: string;
    if (old) {
      id = old.id;
      await updateAudited(c.ctx, 'tumour_assessments', id, row, { ...ref, reason: input.reason });
    } else {
      id = randomUUID();
      await insertAudited(
        c.ctx,
        'tumour_assessments',
        {
          id,
          subject_id: c.subject.id,
          site_id: c.subject.siteId,
          created_at: c.ctx.now,
          visit_id: visitId,
          reader: input.reader,
          ...row,
        },
        ref,
      );
    }
    const subject = await findSubject(c.ctx.trx, c.subject.id, 'all');
    let disagreements: ValidationIssue[] = [];
    if (subject) {
      const file = await loadSubjectFile(c.ctx.trx, subject);
      // Before enrolment the scans are checked against the latest scan date as a provisional day 1.
      const scans = tumourAssessments(file, input.reader);
      const day1 = subject.enrollmentDate ?? scans.at(-1)?.date ?? visit.visitDate;
      const built = recistInputFromRecords(day1, scans, null);
      if (built) {
        try {
          checkRecistInput(built.input);
        } catch (e) {
          if (e instanceof DomainError && e.failure.kind === 'invalid')
            throw new DomainError({
              kind: 'invalid',
              issues: e.failure.issues.map((i) => ({ ...i, path: `recist.${i.path}` })),
            });
          throw e;
        }
      }
      disagreements = await raiseRecistDisagreements(c, file, input.reader, id);
    }
    return {
      result: {
        id,
        visitId,
        reader: input.reader,
        investigatorResponse: row.investigator_response,
        disagreements,
      },
      recordId: id,
    };
  });
  const { disagreements, ...result } = out.result;
  return { result, warnings: [...out.warnings, ...disagreements] };
}

/**
 * Scores the reader's scans with the engine (as `GET …/recist` does) and raises a
 * `recist-disagreement` query on each assessment whose recorded response differs from the
 * engine's time-point response — not only the scan just saved: a changed measurement can move
 * the nadir and so the engine's response at later scans. Returns the saved scan's disagreement
 * as a warning on `body.investigatorResponse`.
 */
async function raiseRecistDisagreements(
  c: SubjectCommandContext,
  file: SubjectFile,
  reader: 'site' | 'independent',
  savedId: string,
): Promise<ValidationIssue[]> {
  const engine = recistOf(file, c.study, reader).result;
  if (!engine) return [];
  const reads = file.tumour_assessments.filter((t) => t.reader === reader);
  const agreement = compareResponses(engine.timepoints, recordedResponses(file, reader));
  const who = reader === 'site' ? 'investigator' : 'independent reviewer';
  const warnings: ValidationIssue[] = [];
  for (const a of agreement) {
    if (a.agrees !== false) continue;
    const read = reads.find((t) => t.assessmentDate === a.date);
    if (!read) continue;
    const text = disagreementText(a, who);
    const params = { date: a.date, investigator: `${a.investigator}`, engine: `${a.engine}` };
    await raiseAutoQuery(
      c.ctx,
      {
        ...c.ref,
        entityType: 'tumour-assessment',
        entityId: read.id,
        field: 'investigatorResponse',
      },
      RECIST_DISAGREEMENT_RULE,
      text,
      params,
    );
    if (read.id === savedId)
      warnings.push({
        path: 'body.investigatorResponse',
        rule: RECIST_DISAGREEMENT_RULE,
        message: text,
        params,
      });
  }
  return warnings;
}
