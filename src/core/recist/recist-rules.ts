/**
 * The protocol parameters of the RECIST 1.1 engine: the places where the published rules leave
 * a choice open (../../../../shared/CLINICAL-RULES.md, "RECIST 1.1"). Every output names the
 * values it used, so a reader knows which convention produced a response.
 */
import { z } from 'zod';
import type { Reason } from '../shared/reason.ts';
import { recistReason } from './recist-reason.ts';

export type RecistRules = {
  /** A CR/PR counts as confirmed only by a CR/PR at least this many days later (RECIST 1.1 §4.6: ≥ 4 weeks). */
  confirmationDays: number;
  /** SD (and NON-CR/NON-PD) counts for best response only this many days or more after enrolment (RECIST 1.1 §4.4.3). */
  sdMinDays: number;
  /** EORTC RECIST FAQ: a PR that no longer meets −30 % but is not PD stays PR (true), or is SD (false, strict per-visit scoring). */
  continuingPartialResponse: boolean;
};

export const DEFAULT_RECIST_RULES: Readonly<RecistRules> = Object.freeze({
  confirmationDays: 28,
  sdMinDays: 42,
  continuingPartialResponse: false,
});

const days = z.number().int().nonnegative();

/** Zod schema of {@link RecistRules}: every field optional, defaults from {@link DEFAULT_RECIST_RULES}. */
export const recistRulesSchema = z.strictObject({
  confirmationDays: days.default(DEFAULT_RECIST_RULES.confirmationDays),
  sdMinDays: days.default(DEFAULT_RECIST_RULES.sdMinDays),
  continuingPartialResponse: z.boolean().default(DEFAULT_RECIST_RULES.continuingPartialResponse),
});

/**
 * Overrides given with one subject's input: every field optional and without defaults, so
 * that an absent field leaves the protocol's value in force rather than the default.
 */
export const recistRulesOverrideSchema = z.strictObject({
  confirmationDays: days.optional(),
  sdMinDays: days.optional(),
  continuingPartialResponse: z.boolean().optional(),
});

/**
 * Fills the gaps of a partial rule set with the defaults.
 *
 * @example resolveRecistRules({ sdMinDays: 28 }) // { confirmationDays: 28, sdMinDays: 28, continuingPartialResponse: false }
 */
export function resolveRecistRules(rules?: Partial<RecistRules> | null): RecistRules {
  return {
    confirmationDays: rules?.confirmationDays ?? DEFAULT_RECIST_RULES.confirmationDays,
    sdMinDays: rules?.sdMinDays ?? DEFAULT_RECIST_RULES.sdMinDays,
    continuingPartialResponse:
      rules?.continuingPartialResponse ?? DEFAULT_RECIST_RULES.continuingPartialResponse,
  };
}

/** One line naming the convention in force, for `reasons`. */
export function describeRules(rules: RecistRules): Reason {
  return recistReason('recist.rules', {
    confirmationDays: rules.confirmationDays,
    sdMinDays: rules.sdMinDays,
    continuingPartialResponse: String(rules.continuingPartialResponse),
  });
}
