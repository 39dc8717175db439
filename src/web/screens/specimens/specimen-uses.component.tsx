/**
 * A specimen's partial uses on its page (the section below its custody): the use form for those the
 * route allows — coordinators, investigators and biobank technicians holding the role at the
 * site that holds the specimen (src/server/routes/specimen-access.ts HANDLERS) — while the
 * specimen is in hand (collected, or in a state it may be used up from at that place: the core
 * transition table the server runs); then the history of uses, for every reader.
 */
import type { Role } from '../../../core/access/roles.ts';
import { custodyTransition } from '../../../core/specimens/custody-transitions.ts';
import { useSession } from '../../api/auth.resource.ts';
import { useSites } from '../../api/sites.resource.ts';
import { type SpecimenDetail, useSpecimenDetail } from '../../api/specimens.resource.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { PartialUseForm } from './partial-use-form.component.tsx';
import { UseHistory } from './use-history.component.tsx';

/** src/server/routes/specimen-access.ts HANDLERS (the access of POST /api/specimens/:id/uses). */
const USE_ROLES: readonly Role[] = ['coordinator', 'investigator', 'biobank-technician'];

/** Whether the user may record a use here, and whether the specimen is in hand for one. */
function useUseAccess(s: SpecimenDetail | undefined) {
  const session = useSession();
  const sites = useSites();
  if (!s) return { mayUse: false, inHand: false };
  const mayUse =
    session.data?.grants.some(
      (g) => USE_ROLES.includes(g.role) && (g.siteId === null || g.siteId === s.custodySiteId),
    ) ?? false;
  const holder = sites.data?.find((x) => x.id === s.custodySiteId);
  const place = holder?.isCentralBiobank ? 'biobank' : 'site';
  // store/specimens/processing-repository.ts assertInHand
  const inHand =
    s.state === 'collected' || custodyTransition(s.state, 'consume', place).kind !== 'refused';
  return { mayUse, inHand };
}

export function SpecimenUses({ specimenId }: { specimenId: string }) {
  const t = useT();
  const detail = useSpecimenDetail(specimenId);
  const s = detail.data;
  const { mayUse, inHand } = useUseAccess(s);
  // the custody panel beside it shows loading and errors of the same detail
  if (!s) return null;
  return (
    <div className="specimen-uses">
      {mayUse && inHand ? <PartialUseForm key={s.id} specimen={s} /> : null}
      {mayUse && !inHand ? (
        <p className="muted">{t('uses.notInHand', { state: t(`specimens.state.${s.state}`) })}</p>
      ) : null}
      <UseHistory specimen={s} />
    </div>
  );
}
