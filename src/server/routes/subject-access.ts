/**
 * Who may do what with subject data (issue 5), in one place for the subject routes and the
 * authorisation matrix: coordinators and investigators write at their sites; monitors and data
 * managers read at theirs; statisticians and auditors read (all sites when their grant is
 * study-wide); the independent radiology reviewer finds subjects, reads and records tumour
 * measurements. Site isolation is in each query (`sitesFor`).
 *
 * The reviewer's least privilege (issue 9): a blinded independent central review reads the
 * images without the investigator's assessments (FDA, Clinical Trial Imaging Endpoint Process
 * Standards, 2018: BICR readers blinded to the site's reads and to clinical data), so a caller
 * whose only role at the subject's site is radiology-reviewer sees the subject's imaging view
 * and the independent reads — never the full subject (demographics, labs, doses, AEs), the
 * site's reads, or the site's RECIST evaluation.
 */
import type { Role } from '../../core/access/roles.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { coversSite, sitesFor } from '../auth/auth-context.ts';

export const SUBJECT_WRITERS: readonly Role[] = ['coordinator', 'investigator'];
export const SUBJECT_READERS: readonly Role[] = [
  'coordinator',
  'investigator',
  'monitor',
  'data-manager',
  'statistician',
  'auditor',
];
export const IMAGING_WRITERS: readonly Role[] = [...SUBJECT_WRITERS, 'radiology-reviewer'];
export const IMAGING_READERS: readonly Role[] = [...SUBJECT_READERS, 'radiology-reviewer'];

export const writeAccess = { kind: 'roles', roles: SUBJECT_WRITERS, scope: 'site' } as const;
export const readAccess = { kind: 'roles', roles: SUBJECT_READERS, scope: 'site' } as const;
export const imagingWriteAccess = { kind: 'roles', roles: IMAGING_WRITERS, scope: 'site' } as const;
export const imagingReadAccess = { kind: 'roles', roles: IMAGING_READERS, scope: 'site' } as const;

/** The subject scope of a request: the subject and the sites where the route's roles are held. */
export function scopeOf(auth: AuthContext | null, roles: readonly Role[], subjectId: string) {
  return { subjectId, sites: auth ? sitesFor(auth, roles) : [] };
}

/** The tumour readers whose reads the caller may see at a site (blinded review: see above). */
export function visibleReaders(auth: AuthContext, siteId: string): Array<'site' | 'independent'> {
  return coversSite(auth, SUBJECT_READERS, siteId) ? ['site', 'independent'] : ['independent'];
}
