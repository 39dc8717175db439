/**
 * What a record is, by the entity type the server names it with (queries, locks, the audit
 * trail): `entity.<type>`. A type not listed is shown as the server named it
 * (`use-entity-label.ts`).
 */
export const entitiesEn = {
  'entity.adverse-event': 'Adverse event',
  'entity.assessment-result': 'Assessment result',
  'entity.concomitant-medication': 'Concomitant medication',
  'entity.consent': 'Consent',
  'entity.data-cut': 'Data cut',
  'entity.dispensation': 'Dispensation',
  'entity.disposition': 'Disposition',
  'entity.dose-change': 'Dose change',
  'entity.drug-return': 'Drug return',
  'entity.eligibility-answer': 'Eligibility answer',
  'entity.lock': 'Lock',
  'entity.medical-history': 'Medical history',
  'entity.missed-dose': 'Missed dose',
  'entity.prior-therapy': 'Prior therapy',
  'entity.protocol': 'Protocol',
  'entity.protocol-deviation': 'Protocol deviation',
  'entity.query': 'Data query',
  'entity.role-grant': 'Role grant',
  'entity.safety-alert': 'Safety alert',
  'entity.sdv-mark': 'Source data verification',
  'entity.shipment': 'Shipment',
  'entity.signature': 'Signature',
  'entity.site': 'Site',
  'entity.specimen': 'Specimen',
  'entity.specimen-processing': 'Specimen processing',
  'entity.specimen-use': 'Specimen use',
  'entity.storage-box': 'Storage box',
  'entity.subject': 'Subject',
  'entity.treatment-end': 'End of treatment',
  'entity.tumour-assessment': 'Tumour assessment',
  'entity.user': 'User',
  'entity.visit': 'Visit',
} as const;
