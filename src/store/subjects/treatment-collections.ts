/**
 * The on-study records as record collections: visits, drug dispensing and return, dose changes,
 * missed doses, end of treatment and the disposition. Dates are checked against the whole file
 * by the core rules in `subjectCommand`; here only what belongs to one record. Record fields never
 * use the name `reason`: in an edit, `reason` is the reason for change (audit).
 */
import { z } from 'zod';
import { visitKindSchema } from '../../core/protocol/study-definition.schema.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { isoDateSchema } from '../../core/shared/iso-date.schema.ts';
import { treatmentEndReasonSchema } from '../../core/subjects/subject-events.schema.ts';
import { recordCollection } from './record-collection.ts';

const n = <T>(v: T | null | undefined): T | null => v ?? null;
const optionalText = z.string().trim().min(1).max(2000).nullable().optional();
const always = () => true;

export const visits = recordCollection({
  segment: 'visits',
  table: 'visits',
  entityType: 'visit',
  schema: z.object({
    kind: visitKindSchema,
    date: isoDateSchema,
    cycle: z.number().int().min(1).nullable().optional(),
  }),
  toRow: (v) => ({ kind: v.kind, visit_date: v.date, cycle: n(v.cycle) }),
  fromRow: (r) => ({ kind: r.kind, date: r.visitDate, cycle: r.cycle }),
  // Screening is before day 1; every other visit kind belongs to an enrolled subject.
  requiresEnrolment: (v) => v.kind !== 'screening',
});

export const dispensations = recordCollection({
  segment: 'dispensations',
  table: 'dispensations',
  entityType: 'dispensation',
  schema: z.object({
    cycle: z.number().int().min(1),
    dispensedDate: isoDateSchema,
    tabletsDispensed: z.number().int().min(1).max(10000),
  }),
  toRow: (v) => ({
    cycle: v.cycle,
    dispensed_date: v.dispensedDate,
    tablets_dispensed: v.tabletsDispensed,
  }),
  fromRow: (r) => ({
    cycle: r.cycle,
    dispensedDate: r.dispensedDate,
    tabletsDispensed: Number(r.tabletsDispensed),
  }),
  requiresEnrolment: always,
});

export const drugReturns = recordCollection({
  segment: 'drug-returns',
  table: 'drug_returns',
  entityType: 'drug-return',
  schema: z.object({
    dispensationId: z.string().min(1),
    returnDate: isoDateSchema,
    tabletsReturned: z.number().int().min(0).max(10000),
  }),
  toRow: (v) => ({
    dispensation_id: v.dispensationId,
    return_date: v.returnDate,
    tablets_returned: v.tabletsReturned,
  }),
  fromRow: (r) => ({
    dispensationId: r.dispensationId,
    returnDate: r.returnDate,
    tabletsReturned: Number(r.tabletsReturned),
  }),
  requiresEnrolment: always,
  check({ file }, v, recordId) {
    if (!file.dispensations.some((d) => d.id === v.dispensationId))
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'body.dispensationId',
            rule: 'unknown-dispensation',
            message: 'no such dispensing for this subject',
          },
        ],
      });
    if (file.drug_returns.some((r) => r.dispensationId === v.dispensationId && r.id !== recordId))
      throw new DomainError({
        kind: 'conflict',
        rule: 'one-return-per-dispensation',
        message: 'the return of this dispensing is already recorded; edit it with a reason',
      });
  },
});

export const doseChanges = recordCollection({
  segment: 'dose-changes',
  table: 'dose_changes',
  entityType: 'dose-change',
  schema: z.object({
    kind: z.enum(['interruption', 'reduction', 'resumption']),
    date: isoDateSchema,
    doseMg: z.number().positive().nullable().optional(),
    clinicalReason: z.string().trim().min(1, 'a dose change needs its clinical reason').max(2000),
  }),
  toRow: (v) => ({
    kind: v.kind,
    change_date: v.date,
    dose_mg: v.doseMg == null ? null : String(v.doseMg),
    reason: v.clinicalReason,
  }),
  fromRow: (r) => ({
    kind: r.kind,
    date: r.changeDate,
    doseMg: r.doseMg == null ? null : Number(r.doseMg),
    clinicalReason: r.reason,
  }),
  requiresEnrolment: always,
});

export const missedDoses = recordCollection({
  segment: 'missed-doses',
  table: 'missed_doses',
  entityType: 'missed-dose',
  schema: z.object({ date: isoDateSchema, cause: optionalText }),
  toRow: (v) => ({ missed_date: v.date, reason: n(v.cause) }),
  fromRow: (r) => ({ date: r.missedDate, cause: r.reason }),
  requiresEnrolment: always,
});

export const treatmentEnd = recordCollection({
  segment: 'treatment-end',
  table: 'treatment_ends',
  entityType: 'treatment-end',
  schema: z.object({
    lastDoseDate: isoDateSchema,
    endReason: treatmentEndReasonSchema,
    details: optionalText,
  }),
  toRow: (v) => ({ last_dose_date: v.lastDoseDate, reason: v.endReason, details: n(v.details) }),
  fromRow: (r) => ({ lastDoseDate: r.lastDoseDate, endReason: r.reason, details: r.details }),
  requiresEnrolment: always,
  onePerSubject: true,
});

export const disposition = recordCollection({
  segment: 'disposition',
  table: 'dispositions',
  entityType: 'disposition',
  schema: z
    .object({
      endOfStudyDate: isoDateSchema.nullable().optional(),
      deathDate: isoDateSchema.nullable().optional(),
      deathCause: optionalText,
      lostToFollowUpDate: isoDateSchema.nullable().optional(),
      lastKnownAliveDate: isoDateSchema.nullable().optional(),
      newAnticancerTherapyDate: isoDateSchema.nullable().optional(),
      newAnticancerTherapy: optionalText,
    })
    .superRefine((v, ctx) => {
      if (v.deathDate && !v.deathCause)
        ctx.addIssue({
          code: 'custom',
          path: ['deathCause'],
          message: 'a death needs its cause (or "unknown")',
        });
      if (v.deathCause && !v.deathDate)
        ctx.addIssue({
          code: 'custom',
          path: ['deathDate'],
          message: 'a cause of death needs the date of death',
        });
      if (v.newAnticancerTherapyDate && !v.newAnticancerTherapy)
        ctx.addIssue({
          code: 'custom',
          path: ['newAnticancerTherapy'],
          message: 'name the new anticancer therapy',
        });
    }),
  toRow: (v) => ({
    end_of_study_date: n(v.endOfStudyDate),
    death_date: n(v.deathDate),
    death_cause: n(v.deathCause),
    lost_to_follow_up_date: n(v.lostToFollowUpDate),
    last_known_alive_date: n(v.lastKnownAliveDate),
    new_anticancer_therapy_date: n(v.newAnticancerTherapyDate),
    new_anticancer_therapy: n(v.newAnticancerTherapy),
  }),
  fromRow: (r) => ({
    endOfStudyDate: r.endOfStudyDate,
    deathDate: r.deathDate,
    deathCause: r.deathCause,
    lostToFollowUpDate: r.lostToFollowUpDate,
    lastKnownAliveDate: r.lastKnownAliveDate,
    newAnticancerTherapyDate: r.newAnticancerTherapyDate,
    newAnticancerTherapy: r.newAnticancerTherapy,
  }),
  requiresEnrolment: always,
  onePerSubject: true,
});

export const treatmentCollections = [
  visits,
  dispensations,
  drugReturns,
  doseChanges,
  missedDoses,
  treatmentEnd,
  disposition,
];
