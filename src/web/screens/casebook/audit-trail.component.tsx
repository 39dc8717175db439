/**
 * The subject's audit trail (who, when, what changed from what to what, why), for the roles
 * that read it, with the CSV export (headed by the hash-chain verification) for auditors and
 * data managers.
 */
import { auditExportUrl, useAuditTrail } from '../../api/casebook.resource.ts';
import { LoadingIndicator } from '../../components/loading-indicator.component.tsx';
import { ProblemMessage } from '../../components/problem-message.component.tsx';
import { Section } from '../../components/section.component.tsx';
import { useHasRole } from '../../components/use-has-role.ts';
import { formatInstant } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { useAuditActionLabel } from '../../i18n/use-audit-action-label.ts';
import { useEntityLabel } from '../../i18n/use-entity-label.ts';

const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

export function AuditTrail({ subjectId }: { subjectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const entityLabel = useEntityLabel();
  const actionLabel = useAuditActionLabel();
  const canRead = useHasRole(['auditor', 'data-manager', 'monitor']);
  const canExport = useHasRole(['auditor', 'data-manager']);
  const trail = useAuditTrail(subjectId, canRead);
  if (!canRead) return null;
  return (
    <Section id="audit" title={t('casebook.audit')} className="panel-wide">
      {canExport ? (
        <p>
          <a href={auditExportUrl(subjectId)} download>
            {t('casebook.auditExport')}
          </a>
        </p>
      ) : null}
      {trail.isPending ? <LoadingIndicator /> : null}
      {trail.isError ? <ProblemMessage error={trail.error} /> : null}
      {trail.data ? (
        <div className="table-scroll">
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('casebook.when')}</th>
                <th scope="col">{t('casebook.who')}</th>
                <th scope="col">{t('casebook.what')}</th>
                <th scope="col">{t('casebook.changes')}</th>
                <th scope="col">{t('casebook.why')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.data.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{formatInstant(e.occurredAt, locale)}</td>
                  <td>{e.actorName}</td>
                  <td>
                    {actionLabel(e.action)} · {entityLabel(e.entityType)}
                  </td>
                  <td>
                    <ul className="plain-list changes">
                      {e.changes.map((c) => (
                        <li key={c.field}>
                          <code>{c.field}</code>: {show(c.old)} → {show(c.new)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{e.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
