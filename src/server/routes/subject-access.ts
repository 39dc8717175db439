/**
 * Who may do what with subject data (issue 5), in one place for the subject routes and the
 * authorisation matrix: coordinators and investigators write at their sites; monitors and data
 * managers read at theirs; statisticians and auditors read (all sites when their grant is
 * study-wide); the independent radiology reviewer finds subjects, reads and records tumour
 * measurements. Site isolation is in each query (`sitesFor`).
 */
import type { Role } from '../../core/access/roles.ts';
import type { AuthContext } from '../auth/auth-context.ts';
import { sitesFor } from '../auth/auth-context.ts';

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
