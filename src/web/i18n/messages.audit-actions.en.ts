/**
 * What an audit-trail entry did, by the action the store records (`audit.action.<action>`); an
 * action not listed is shown as recorded (`use-audit-action-label.ts`).
 */
export const auditActionsEn = {
  'audit.action.create': 'Created',
  'audit.action.update': 'Changed',
  'audit.action.sign': 'Signed',
  'audit.action.signature-broken': 'Signature invalidated by a change',
  'audit.action.signature-refused': 'Signature refused',
  'audit.action.lock': 'Locked',
  'audit.action.unlock': 'Unlocked',
  'audit.action.sdv': 'Source data verified',
  'audit.action.sdv-reset': 'Verification reset by a change',
  'audit.action.raise-query': 'Query raised',
  'audit.action.answer-query': 'Query answered',
  'audit.action.close-query': 'Query closed',
  'audit.action.reopen-query': 'Query re-opened',
  'audit.action.raise-alert': 'Safety alert raised',
  'audit.action.acknowledge-alert': 'Safety alert acknowledged',
  'audit.action.resolve-alert': 'Safety alert resolved',
  'audit.action.collect': 'Specimen collected',
  'audit.action.aliquot': 'Aliquoted',
  'audit.action.destroy-or-return': 'Destroyed or returned (consent withdrawn)',
  'audit.action.receive-then-destroy-or-return': 'Received, then destroyed or returned',
  'audit.action.receive-shipment': 'Shipment received',
  'audit.action.custody-store-at-site': 'Stored at the site',
  'audit.action.custody-consume': 'Used up',
  'audit.action.custody-destroy': 'Destroyed',
  'audit.action.custody-distribute': 'Distributed',
  'audit.action.install-protocol': 'Protocol installed',
  'audit.action.amend-protocol': 'Protocol amended',
} as const;
