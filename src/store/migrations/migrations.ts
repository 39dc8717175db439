/** Every migration, in order. Add one line per new migration file; never edit a released one. */
import { auditTrailMigration } from './0001-audit-trail.migration.ts';
import { protocolAndSitesMigration } from './0002-protocol-and-sites.migration.ts';
import { accountsMigration } from './0003-accounts.migration.ts';
import { dataIntegrityMigration } from './0004-data-integrity.migration.ts';
import { subjectsMigration } from './0005-subjects.migration.ts';
import { safetyMigration } from './0006-safety.migration.ts';
import { specimensMigration } from './0007-specimens.migration.ts';
import { dataCutsMigration } from './0008-data-cuts.migration.ts';
import { investigatorResponseMigration } from './0009-investigator-response.migration.ts';
import { queryParamsMigration } from './0010-query-params.migration.ts';
import { deviationDescriptionReasonMigration } from './0011-deviation-description-reason.migration.ts';
import type { VersionedMigration } from './migration.ts';

export const migrations: VersionedMigration[] = [
  auditTrailMigration,
  protocolAndSitesMigration,
  accountsMigration,
  dataIntegrityMigration,
  subjectsMigration,
  safetyMigration,
  specimensMigration,
  dataCutsMigration,
  investigatorResponseMigration,
  queryParamsMigration,
  deviationDescriptionReasonMigration,
];
