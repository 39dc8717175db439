/**
 * CDISC ODM 1.3.2 XML of the clinical data with its audit trail and e-signatures, written in
 * pieces so it streams: `odmOpen` (Study metadata, AdminData), `odmSubject` per subject,
 * `odmClose`. The file is Transactional (ODM 1.3.2 §2.10): each audited change of a record is an
 * ItemGroupData (TransactionType Insert or Update, repeat key = record id) carrying its
 * AuditRecord (who, where, when, why, and the audit sequence number as SourceID), and a
 * signature sits on the exact version it signed (ODM Signature; 21 CFR 11.50/11.70).
 * Element order follows the ODM 1.3.2 schema (ODM1-3-2-foundation.xsd).
 */
import { attrs, xmlEscape } from './xml-text.ts';

export interface OdmItemDef {
  oid: string;
  name: string;
  dataType: 'text' | 'integer' | 'float' | 'date' | 'datetime' | 'boolean';
}

export interface OdmItemGroupDef {
  oid: string;
  name: string;
  items: OdmItemDef[];
}

export interface OdmMetadata {
  fileOid: string;
  created: string;
  studyOid: string;
  studyName: string;
  description: string;
  protocolName: string;
  metaDataVersionOid: string;
  metaDataVersionName: string;
  /** One form (and item group) per kind of record. */
  groups: OdmItemGroupDef[];
  users: { oid: string; name: string }[];
  locations: { oid: string; name: string }[];
  signatureDefs: { oid: string; meaning: string }[];
}

export interface OdmAuditRecord {
  userOid: string;
  locationOid: string;
  at: string;
  reason: string | null;
  sourceId: string;
}

export interface OdmSignature {
  userOid: string;
  locationOid: string;
  signatureOid: string;
  at: string;
}

export interface OdmChange {
  groupOid: string;
  repeatKey: string;
  transaction: 'Insert' | 'Update' | 'Remove';
  audit: OdmAuditRecord;
  signature: OdmSignature | null;
  items: { oid: string; value: string | null }[];
}

export interface OdmSubject {
  key: string;
  locationOid: string;
  /** Casebook signature (the latest in force). */
  signature: OdmSignature | null;
  /** In audit order. */
  changes: OdmChange[];
}

export const ODM_EVENT_OID = 'SE.RECORDS';

const formOid = (groupOid: string) => groupOid.replace(/^IG\./, 'F.');

/** Study metadata, admin data and the opening of ClinicalData. */
export function odmOpen(m: OdmMetadata): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"${attrs(
      {
        ODMVersion: '1.3.2',
        FileType: 'Transactional',
        FileOID: m.fileOid,
        CreationDateTime: m.created,
        Granularity: 'AllClinicalData',
        Archival: 'Yes',
        Originator: 'oncotrial',
        SourceSystem: 'oncotrial',
      },
    )}>\n`,
    `<Study${attrs({ OID: m.studyOid })}>\n<GlobalVariables><StudyName>${xmlEscape(m.studyName)}</StudyName><StudyDescription>${xmlEscape(m.description)}</StudyDescription><ProtocolName>${xmlEscape(m.protocolName)}</ProtocolName></GlobalVariables>\n`,
    `<MetaDataVersion${attrs({ OID: m.metaDataVersionOid, Name: m.metaDataVersionName })}>\n`,
    `<Protocol><StudyEventRef${attrs({ StudyEventOID: ODM_EVENT_OID, OrderNumber: 1, Mandatory: 'Yes' })}/></Protocol>\n`,
    `<StudyEventDef${attrs({ OID: ODM_EVENT_OID, Name: 'Subject records', Repeating: 'No', Type: 'Common' })}>`,
    ...m.groups.map(
      (g, i) =>
        `<FormRef${attrs({ FormOID: formOid(g.oid), OrderNumber: i + 1, Mandatory: 'No' })}/>`,
    ),
    '</StudyEventDef>\n',
    ...m.groups.map(
      (g) =>
        `<FormDef${attrs({ OID: formOid(g.oid), Name: g.name, Repeating: 'No' })}><ItemGroupRef${attrs({ ItemGroupOID: g.oid, Mandatory: 'No' })}/></FormDef>\n`,
    ),
    ...m.groups.map(
      (g) =>
        `<ItemGroupDef${attrs({ OID: g.oid, Name: g.name, Repeating: 'Yes' })}>${g.items
          .map(
            (it, i) =>
              `<ItemRef${attrs({ ItemOID: it.oid, OrderNumber: i + 1, Mandatory: 'No' })}/>`,
          )
          .join('')}</ItemGroupDef>\n`,
    ),
    ...m.groups.flatMap((g) =>
      g.items.map(
        (it) => `<ItemDef${attrs({ OID: it.oid, Name: it.name, DataType: it.dataType })}/>\n`,
      ),
    ),
    '</MetaDataVersion>\n</Study>\n',
    `<AdminData${attrs({ StudyOID: m.studyOid })}>\n`,
    ...m.users.map(
      (u) => `<User${attrs({ OID: u.oid })}><FullName>${xmlEscape(u.name)}</FullName></User>\n`,
    ),
    ...m.locations.map(
      (l) =>
        `<Location${attrs({ OID: l.oid, Name: l.name, LocationType: 'Site' })}><MetaDataVersionRef${attrs(
          {
            StudyOID: m.studyOid,
            MetaDataVersionOID: m.metaDataVersionOid,
            EffectiveDate: m.created.slice(0, 10),
          },
        )}/></Location>\n`,
    ),
    ...m.signatureDefs.map(
      (s) =>
        `<SignatureDef${attrs({ OID: s.oid, Methodology: 'Electronic' })}><Meaning>${xmlEscape(s.meaning)}</Meaning><LegalReason>${xmlEscape('Electronic signature under 21 CFR Part 11: printed name, date and time, and meaning, bound to the record version signed')}</LegalReason></SignatureDef>\n`,
    ),
    '</AdminData>\n',
    `<ClinicalData${attrs({ StudyOID: m.studyOid, MetaDataVersionOID: m.metaDataVersionOid })}>\n`,
  ];
  return out.join('');
}

function signature(s: OdmSignature): string {
  return `<Signature><UserRef${attrs({ UserOID: s.userOid })}/><LocationRef${attrs({ LocationOID: s.locationOid })}/><SignatureRef${attrs({ SignatureOID: s.signatureOid })}/><DateTimeStamp>${xmlEscape(s.at)}</DateTimeStamp></Signature>`;
}

function auditRecord(a: OdmAuditRecord): string {
  return `<AuditRecord><UserRef${attrs({ UserOID: a.userOid })}/><LocationRef${attrs({ LocationOID: a.locationOid })}/><DateTimeStamp>${xmlEscape(a.at)}</DateTimeStamp>${a.reason ? `<ReasonForChange>${xmlEscape(a.reason)}</ReasonForChange>` : ''}<SourceID>${xmlEscape(a.sourceId)}</SourceID></AuditRecord>`;
}

/**
 * One subject's records with their whole audit history, grouped by form in audit order.
 * @example odmSubject({ key: 'LEF-01-001', locationOid: 'LOC.a', signature: null, changes }) // '<SubjectData …'
 */
export function odmSubject(s: OdmSubject): string {
  const byForm = new Map<string, OdmChange[]>();
  for (const c of s.changes) byForm.set(c.groupOid, [...(byForm.get(c.groupOid) ?? []), c]);
  const forms = [...byForm.entries()].map(([groupOid, changes]) => {
    const groups = changes.map(
      (c) =>
        `<ItemGroupData${attrs({ ItemGroupOID: groupOid, ItemGroupRepeatKey: c.repeatKey, TransactionType: c.transaction })}>${auditRecord(c.audit)}${c.signature ? signature(c.signature) : ''}${c.items
          .map((it) =>
            it.value === null
              ? `<ItemData${attrs({ ItemOID: it.oid, TransactionType: c.transaction, IsNull: 'Yes' })}/>`
              : `<ItemData${attrs({ ItemOID: it.oid, TransactionType: c.transaction, Value: it.value })}/>`,
          )
          .join('')}</ItemGroupData>\n`,
    );
    return `<FormData${attrs({ FormOID: formOid(groupOid), TransactionType: 'Upsert' })}>\n${groups.join('')}</FormData>\n`;
  });
  return `<SubjectData${attrs({ SubjectKey: s.key, TransactionType: 'Upsert' })}>${s.signature ? signature(s.signature) : ''}<SiteRef${attrs({ LocationOID: s.locationOid })}/>\n<StudyEventData${attrs({ StudyEventOID: ODM_EVENT_OID, TransactionType: 'Upsert' })}>\n${forms.join('')}</StudyEventData>\n</SubjectData>\n`;
}

export function odmClose(): string {
  return '</ClinicalData>\n</ODM>\n';
}
