/**
 * ODM 1.3.2 output validated against the official CDISC schema with xmllint from Debian's
 * libxml2-utils, offline (`--nonet`). The schema text is CDISC's and is not committed here (see
 * ./schema/README.md): point ONCOTRIAL_ODM_XSD at ODM1-3-2-foundation.xsd (with xml.xsd and
 * xmldsig-core-schema.xsd beside it). A deliberately broken document must fail, so the check
 * itself is shown to bite. Without the schema or xmllint the XSD tests are skipped with the
 * reason in their titles; well-formedness is always checked when xmllint is present, and under
 * CI=true a missing xmllint is a failure (.ci/run installs libxml2-utils).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type OdmChange, odmClose, odmOpen, odmSubject } from './odm-writer.ts';

const ODM_XSD = process.env.ONCOTRIAL_ODM_XSD ?? '';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasSchema = ODM_XSD !== '' && existsSync(ODM_XSD);
const schemaSkip = hasSchema ? '' : ' (skipped: no ODM 1.3.2 XSD — set ONCOTRIAL_ODM_XSD)';
const inCi = process.env.CI === 'true';
const dir = mkdtempSync(join(tmpdir(), 'odm-xsd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', '--nonet', '--schema', ODM_XSD, file], {
    encoding: 'utf8',
  });
}

const audit = (seq: number, reason: string | null = null) => ({
  userOid: 'USR.u1',
  locationOid: 'LOC.a',
  at: `2026-03-0${seq}T08:00:00.000Z`,
  reason,
  sourceId: `audit-seq-${seq}`,
});
const signed = {
  userOid: 'USR.u1',
  locationOid: 'LOC.a',
  signatureOid: 'SD.approve',
  at: '2026-03-03T08:00:00Z',
};

function changes(): OdmChange[] {
  return [
    {
      groupOid: 'IG.visit',
      repeatKey: 'v1',
      transaction: 'Insert',
      audit: audit(1),
      signature: null,
      items: [
        { oid: 'IT.visit.visit_date', value: '2026-03-01' },
        { oid: 'IT.visit.weight_kg', value: '71.5' },
      ],
    },
    {
      groupOid: 'IG.visit',
      repeatKey: 'v1',
      transaction: 'Update',
      audit: audit(2, 'transcription error\n(source: CRF) <&>'),
      signature: signed,
      items: [
        { oid: 'IT.visit.visit_date', value: null },
        { oid: 'IT.visit.weight_kg', value: '' },
      ],
    },
    {
      groupOid: 'IG.adverse_event',
      repeatKey: 'ae1',
      transaction: 'Remove',
      audit: audit(3, 'entered on the wrong subject'),
      signature: null,
      items: [{ oid: 'IT.adverse_event.term', value: '恶心 "nausea"' }],
    },
  ];
}

/** A small study: two subjects at two sites, two record kinds, a signed casebook. */
function smallStudyOdm(): string {
  return (
    odmOpen({
      fileOid: 'ODM.leflunomide-men1-phase2.20261125',
      created: '2026-11-25T09:00:00Z',
      studyOid: 'leflunomide-men1-phase2',
      studyName: 'Leflunomide & MEN-1 <phase II>',
      description: 'Single-arm phase II',
      protocolName: 'leflunomide-men1-phase2',
      metaDataVersionOid: 'MDV.1.0',
      metaDataVersionName: 'v1',
      groups: [
        {
          oid: 'IG.visit',
          name: 'visit',
          items: [
            { oid: 'IT.visit.visit_date', name: 'visit_date', dataType: 'date' },
            { oid: 'IT.visit.weight_kg', name: 'weight_kg', dataType: 'text' },
          ],
        },
        {
          oid: 'IG.adverse_event',
          name: 'adverse_event',
          items: [{ oid: 'IT.adverse_event.term', name: 'term', dataType: 'text' }],
        },
      ],
      users: [{ oid: 'USR.u1', name: '王医生 "Wang"' }],
      locations: [
        { oid: 'LOC.a', name: 'Site A' },
        { oid: 'LOC.b', name: 'Site B' },
      ],
      signatureDefs: [{ oid: 'SD.approve', meaning: 'I approve' }],
    }) +
    odmSubject({ key: 'LEF-A-001', locationOid: 'LOC.a', signature: signed, changes: changes() }) +
    odmSubject({ key: 'LEF-B-001', locationOid: 'LOC.b', signature: null, changes: [] }) +
    odmClose()
  );
}

describe('ODM 1.3.2 writer against the CDISC ODM 1.3.2 XSD', () => {
  it.runIf(!hasXmllint && inCi)('has xmllint under CI (libxml2-utils)', () => {
    expect.fail('xmllint is missing: install Debian libxml2-utils (.ci/run does)');
  });

  it.skipIf(!hasXmllint)(
    'a small study with its audit trail and signatures is well-formed XML',
    () => {
      const file = join(dir, 'well-formed.xml');
      writeFileSync(file, smallStudyOdm());
      const r = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(!hasXmllint || !hasSchema)(
    `a small study with its audit trail and signatures validates (xmllint --nonet --schema)${schemaSkip}`,
    () => {
      const r = validate(smallStudyOdm(), 'study.xml');
      expect(r.stderr).toContain('validates');
      expect(r.status).toBe(0);
    },
  );

  it.skipIf(!hasXmllint || !hasSchema)(
    `a broken document fails: Signature before AuditRecord, and a bad TransactionType${schemaSkip}`,
    () => {
      const good = smallStudyOdm();
      const swapped = good.replace(
        /(<AuditRecord>.*?<\/AuditRecord>)(<Signature>.*?<\/Signature>)/,
        '$2$1',
      );
      expect(swapped).not.toBe(good);
      const r1 = validate(swapped, 'swapped.xml');
      expect(r1.status).not.toBe(0);
      expect(r1.stderr).toMatch(/AuditRecord.*not expected|fails to validate/);

      const badType = good.replace('TransactionType="Insert"', 'TransactionType="Create"');
      const r2 = validate(badType, 'bad-type.xml');
      expect(r2.status).not.toBe(0);
      expect(r2.stderr).toContain('TransactionType');
    },
  );
});

if (!hasXmllint && !inCi)
  console.warn('odm-schema.test: xmllint not found (Debian libxml2-utils) — XSD checks skipped');
