/**
 * The custody steps that need nothing but the step itself: keep at the site, use up, destroy,
 * distribute (for research under the biobank consent, or returned after a withdrawal — a return
 * honours the withdrawal, so it needs no consent). Shipping, receipt and storage have their own
 * commands (they carry a manifest or a position).
 */
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Actor } from '../audit/audited-write.ts';
import { runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { dateAt } from '../subjects/site-today.ts';
import { applyCustody } from './custody-log.ts';
import { heldSpecimen, type Sites, sitePlace } from './specimen-scope.ts';
import { specimenViews } from './specimen-view.ts';
import { permissionsOf, requirePermission } from './subject-consents.ts';

export const SIMPLE_CUSTODY_ACTIONS = [
  'store-at-site',
  'consume',
  'destroy',
  'distribute',
] as const;
export type SimpleCustodyAction = (typeof SIMPLE_CUSTODY_ACTIONS)[number];

export interface CustodyInput {
  action: SimpleCustodyAction;
  occurredAt?: string | undefined;
  temperatureC?: string | undefined;
  integrity?: 'intact' | 'damaged' | undefined;
  notes?: string | undefined;
  /** distribute: who receives it, and why (research under consent, or return after withdrawal). */
  recipient?: string | undefined;
  purpose?: 'research' | 'return' | undefined;
  /** destroy: why (required). */
  reason?: string | undefined;
}

export async function performCustodyAction(
  store: Store,
  actor: Actor,
  sites: Sites,
  id: string,
  c: CustodyInput,
) {
  return runCommand(store, actor, async (ctx) => {
    const s = await heldSpecimen(ctx.trx, id, sites);
    const leaves = c.action !== 'store-at-site';
    if (c.action === 'distribute') {
      if (!c.recipient || !c.purpose)
        throw new DomainError({
          kind: 'invalid',
          issues: [
            ...(!c.recipient
              ? [{ path: 'body.recipient', rule: 'required', message: 'who receives the specimen' }]
              : []),
            ...(!c.purpose
              ? [{ path: 'body.purpose', rule: 'required', message: 'research or return' }]
              : []),
          ],
        });
      if (c.purpose === 'research') {
        const day = dateAt(c.occurredAt ?? ctx.now, (await sitePlace(ctx.trx, s.site_id)).timezone);
        requirePermission(
          (await permissionsOf(ctx.trx, s.subject_id, day)).mayDistribute,
          'consent-distribution',
          `${s.label}: distribution refused`,
        );
      }
    }
    if (c.action === 'destroy' && !c.reason?.trim())
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'body.reason',
            rule: 'required',
            message: 'a reason is required to destroy a specimen',
          },
        ],
      });
    const notes =
      [c.notes, c.recipient ? `to ${c.recipient} (${c.purpose})` : null]
        .filter(Boolean)
        .join('; ') || null;
    await applyCustody(ctx, s, c.action, {
      occurredAt: c.occurredAt,
      temperatureC: c.temperatureC,
      integrity: c.integrity,
      notes,
      reason: c.reason ?? null,
      patch: leaves
        ? { remaining_quantity: '0', storage_box_id: null, storage_position: null }
        : {},
    });
    return (await specimenViews(ctx.trx, [s]))[0];
  });
}
