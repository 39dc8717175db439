/**
 * ODM 1.3.2 documents: well-formed XML (xmllint from Debian's libxml2-utils), ODM element order
 * and the audit/signature content. Validation against the ODM 1.3.2 XSD is in
 * odm-schema.test.ts; define.xml is tested in define-xml.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { odmClose, odmOpen, odmSubject } from './odm-writer.ts';

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const wellFormed = (xml: string) =>
  spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });

const audit = (seq: number, reason: string | null = null) => ({
  userOid: 'USR.u1',
  locationOid: 'LOC.a',
  at: `2026-03-0${seq}T08:00:00.000Z`,
  reason,
  sourceId: `audit-seq-${seq}`,
});

const odm =
  odmOpen({
    fileOid: 'f1',
    created: '2026-11-25T09:00:00Z',
    studyOid: 'leflunomide-men1-phase2',
    studyName: 'Leflunomide & MEN-1 <phase II>',
    description: 'd',
    protocolName: 'p',
    metaDataVersionOid: 'MDV.1.0',
    metaDataVersionName: 'v1',
    groups: [
      {
        oid: 'IG.visit',
        name: 'visit',
        items: [{ oid: 'IT.visit.visit_date', name: 'visit_date', dataType: 'text' }],
      },
    ],
    users: [{ oid: 'USR.u1', name: '王医生 "Wang"' }],
    locations: [{ oid: 'LOC.a', name: 'Site A' }],
    signatureDefs: [{ oid: 'SD.approve', meaning: 'I approve' }],
  }) +
  odmSubject({
    key: 'S-001',
    locationOid: 'LOC.a',
    signature: null,
    changes: [
      {
        groupOid: 'IG.visit',
        repeatKey: 'v1',
        transaction: 'Insert',
        audit: audit(1),
        signature: null,
        items: [{ oid: 'IT.visit.visit_date', value: '2026-03-01' }],
      },
      {
        groupOid: 'IG.visit',
        repeatKey: 'v1',
        transaction: 'Update',
        audit: audit(2, 'transcription error\n(source: CRF)'),
        signature: {
          userOid: 'USR.u1',
          locationOid: 'LOC.a',
          signatureOid: 'SD.approve',
          at: '2026-03-03T08:00:00Z',
        },
        items: [{ oid: 'IT.visit.visit_date', value: null }],
      },
    ],
  }) +
  odmClose();

describe('ODM 1.3.2 writer', () => {
  it.skipIf(!hasXmllint)('is well-formed XML with escaped text', () => {
    const r = wellFormed(odm);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('keeps the history: insert then update, each with who, where, when, why and the audit sequence', () => {
    expect(odm).toContain('FileType="Transactional"');
    const groups = odm.match(/<ItemGroupData [^>]*>/g) ?? [];
    expect(groups.map((g) => /TransactionType="(\w+)"/.exec(g)?.[1])).toEqual(['Insert', 'Update']);
    expect(odm).toContain(
      '<ReasonForChange>transcription error&#10;(source: CRF)</ReasonForChange><SourceID>audit-seq-2</SourceID>',
    );
    expect(odm).toContain('IsNull="Yes"');
    // ODM 1.3.2: AuditRecord before Signature inside ItemGroupData; UserRef, LocationRef, SignatureRef, DateTimeStamp
    expect(odm).toMatch(
      /<\/AuditRecord><Signature><UserRef UserOID="USR.u1"\/><LocationRef LocationOID="LOC.a"\/><SignatureRef SignatureOID="SD.approve"\/><DateTimeStamp>/,
    );
    // ODM child order: Study, AdminData, ClinicalData
    expect(odm.indexOf('<Study ')).toBeLessThan(odm.indexOf('<AdminData'));
    expect(odm.indexOf('<AdminData')).toBeLessThan(odm.indexOf('<ClinicalData'));
  });
});
