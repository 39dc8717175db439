/**
 * The write path for a subject's records: one audited command (`runCommand`) that loads the
 * subject at the caller's sites (another site's subject is simply not found), applies the change,
 * then runs every core date and sequence rule over the whole file as it would be after the
 * change. A new `refuse` issue rolls the command back (nothing half-written) and is answered as
 * 400 naming the field and rule; new `query` issues are accepted, raised as edit-check data
 * queries on the record they concern (once per rule and record while open) and returned as
 * `warnings`.
 * Issues that were already there before the change are not the change's doing and do not block it.
 */
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../../core/shared/domain-error.ts';
import type { DateIssue } from '../../core/subjects/date-issue.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import { type QueryTarget, raiseAutoQuery } from '../integrity/query-repository.ts';
import type { Store } from '../open-store.ts';
import { currentProtocol } from '../protocol/protocol-repository.ts';
import { recordEntityType } from './record-entity.ts';
import { dateAt } from './site-today.ts';
import { checkSubjectFile, type SubjectCheck } from './subject-checks.ts';
import { findSubject, loadSubjectFile, type SubjectFile, type SubjectRow } from './subject-file.ts';

export interface SubjectScope {
  subjectId: string;
  /** Sites at which the caller may write ('all' for a study-wide grant). */
  sites: 'all' | string[];
}

export interface SubjectCommandContext {
  ctx: WriteContext;
  subject: SubjectRow;
  /** The file before the change. */
  file: SubjectFile;
  study: StudyDefinition;
  /** Today at the subject's site. */
  today: IsoDate;
  siteCode: string;
  /** Audit reference for records of this subject. */
  ref: { siteId: string; subjectId: string };
}

export interface WriteOutcome<T> {
  result: T;
  /** Query-level findings of the core rules, accepted with the write and raised as queries. */
  warnings: ValidationIssue[];
}

export async function studyInForce(store: Store): Promise<StudyDefinition> {
  const p = await currentProtocol(store);
  if (!p) throw new DomainError({ kind: 'not-found', entity: 'study', id: 'current' });
  return p.definition;
}

const key = (i: DateIssue) => `${i.severity}|${i.rule}|${i.message}`;

/**
 * The record and field a finding is about: the record its date came from, or (for a finding
 * about something missing, e.g. no end of treatment) the subject with the core's path as field.
 */
function queryTarget(i: DateIssue, check: SubjectCheck, file: SubjectFile): QueryTarget {
  const subject = file.subject;
  const src = check.sources.get(i.path);
  const entityType = src ? recordEntityType(file, src.recordId) : null;
  if (src && entityType)
    return {
      siteId: subject.siteId,
      subjectId: subject.id,
      entityType,
      entityId: src.recordId,
      field: src.field,
    };
  return {
    siteId: subject.siteId,
    subjectId: subject.id,
    entityType: 'subject',
    entityId: subject.id,
    field: i.path.replace(/^events\./, ''),
  };
}

function mapPath(i: DateIssue, check: SubjectCheck, recordId: string | undefined): ValidationIssue {
  const src = check.sources.get(i.path);
  const path = src && recordId && src.recordId === recordId ? `body.${src.field}` : i.path;
  return { path, rule: i.rule, message: i.message, ...(i.params ? { params: i.params } : {}) };
}

/**
 * @example
 * await subjectCommand(store, actor, { subjectId, sites }, async ({ ctx, ref }) => {
 *   await insertAudited(ctx, 'visits', row, { entityType: 'visit', ...ref });
 *   return { result: row, recordId: row.id };
 * });
 */
export async function subjectCommand<T>(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  fn: (c: SubjectCommandContext) => Promise<{ result: T; recordId?: string }>,
): Promise<WriteOutcome<T>> {
  const study = await studyInForce(store);
  return runCommand(store, actor, async (ctx) => {
    const subject = await findSubject(ctx.trx, scope.subjectId, scope.sites);
    if (!subject)
      throw new DomainError({ kind: 'not-found', entity: 'subject', id: scope.subjectId });
    const site = await ctx.trx
      .selectFrom('sites')
      .select(['code', 'timezone'])
      .where('id', '=', subject.siteId)
      .executeTakeFirstOrThrow();
    const today = dateAt(ctx.now, site.timezone);
    const file = await loadSubjectFile(ctx.trx, subject);
    const before = new Set(checkSubjectFile(file, study, today).issues.map(key));
    const out = await fn({
      ctx,
      subject,
      file,
      study,
      today,
      siteCode: site.code,
      ref: { siteId: subject.siteId, subjectId: subject.id },
    });
    const afterSubject = await findSubject(ctx.trx, subject.id, 'all');
    if (!afterSubject) throw new Error('unreachable: subject vanished inside its command');
    const afterFile = await loadSubjectFile(ctx.trx, afterSubject);
    const after = checkSubjectFile(afterFile, study, today);
    const fresh = after.issues.filter((i) => !before.has(key(i)));
    const refused = fresh.filter((i) => i.severity === 'refuse');
    if (refused.length)
      throw new DomainError({
        kind: 'invalid',
        issues: refused.map((i) => mapPath(i, after, out.recordId)),
      });
    // Query-level findings are accepted and become edit-check data queries for the site to
    // answer (issue 5 "raise a query according to their severity"; issue 8), once per rule and
    // record while open, in the same transaction as the write.
    const queried = fresh.filter((i) => i.severity === 'query');
    for (const i of queried)
      await raiseAutoQuery(ctx, queryTarget(i, after, afterFile), i.rule, i.message, i.params);
    const warnings = queried.map((i) => mapPath(i, after, out.recordId));
    return { result: out.result, warnings };
  });
}
