/**
 * The chain of custody of a specimen as a transition table (ISBER Best Practices 2023, §C
 * "Specimen tracking": every hand-over recorded; OpenSpecimen's collection → storage →
 * distribution life cycle). A specimen is collected at a site, processed, kept at the site,
 * shipped, received at the central biobank, stored, and finally distributed, consumed or
 * destroyed. Each action names the states it may start from, the state it leads to and where it
 * is performed (an enrolling site or the biobank). Anything else is refused with a reason.
 *
 * `relocate` moves a stored specimen to another position (stored → stored). Partial use (an
 * aliquot taken, a DNA extraction) is not a transition: it lowers the remaining quantity, and
 * using the last of it is `consume`.
 */

export const CUSTODY_STATES = [
  'collected',
  'processed',
  'stored-at-site',
  'shipped',
  'received-at-biobank',
  'stored',
  'distributed',
  'consumed',
  'destroyed',
] as const;
export type CustodyState = (typeof CUSTODY_STATES)[number];

export const TERMINAL_STATES: readonly CustodyState[] = ['distributed', 'consumed', 'destroyed'];

export const CUSTODY_ACTIONS = [
  'process',
  'store-at-site',
  'ship',
  'receive',
  'store',
  'relocate',
  'distribute',
  'consume',
  'destroy',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** Where an action happens: at an enrolling site, at the central biobank, or at either. */
export type CustodyPlace = 'site' | 'biobank' | 'either';

export interface CustodyTransition {
  from: readonly CustodyState[];
  to: CustodyState;
  at: CustodyPlace;
  why: string;
}

export const CUSTODY_TRANSITIONS: Record<CustodyAction, CustodyTransition> = {
  process: {
    from: ['collected'],
    to: 'processed',
    at: 'site',
    why: 'processing (centrifugation, aliquoting, fixation) follows collection at the site',
  },
  'store-at-site': {
    from: ['collected', 'processed'],
    to: 'stored-at-site',
    at: 'site',
    why: 'the site keeps the specimen until it is shipped',
  },
  ship: {
    from: ['collected', 'processed', 'stored-at-site'],
    to: 'shipped',
    at: 'site',
    why: 'a site ships what it holds',
  },
  receive: {
    from: ['shipped'],
    to: 'received-at-biobank',
    at: 'biobank',
    why: 'only a shipped specimen can be received',
  },
  store: {
    from: ['received-at-biobank'],
    to: 'stored',
    at: 'biobank',
    why: 'the biobank stores what it has received',
  },
  relocate: {
    from: ['stored'],
    to: 'stored',
    at: 'biobank',
    why: 'a stored specimen may move to another position',
  },
  distribute: {
    from: ['received-at-biobank', 'stored'],
    to: 'distributed',
    at: 'biobank',
    why: 'the biobank distributes what it holds (for research, or returned after a withdrawal)',
  },
  consume: {
    from: ['processed', 'stored-at-site', 'received-at-biobank', 'stored'],
    to: 'consumed',
    at: 'either',
    why: 'a specimen in hand may be used up (testing, extraction)',
  },
  destroy: {
    from: ['collected', 'processed', 'stored-at-site', 'received-at-biobank', 'stored'],
    to: 'destroyed',
    at: 'either',
    why: 'a specimen in hand may be destroyed (not one in transit)',
  },
};

export type TransitionOutcome =
  | { kind: 'allowed'; from: CustodyState; to: CustodyState; reasons: string[] }
  | { kind: 'refused'; rule: string; reason: string };

export function isCustodyState(v: string): v is CustodyState {
  return (CUSTODY_STATES as readonly string[]).includes(v);
}

export function isCustodyAction(v: string): v is CustodyAction {
  return (CUSTODY_ACTIONS as readonly string[]).includes(v);
}

/**
 * The state an action leads to, or why it is refused.
 * @example custodyTransition('shipped', 'receive', 'biobank') // allowed → received-at-biobank
 * @example custodyTransition('stored-at-site', 'receive', 'biobank').kind // 'refused'
 */
export function custodyTransition(
  from: CustodyState,
  action: CustodyAction,
  place: 'site' | 'biobank',
): TransitionOutcome {
  const t = CUSTODY_TRANSITIONS[action];
  if (TERMINAL_STATES.includes(from))
    return {
      kind: 'refused',
      rule: 'custody-terminal-state',
      reason: `the specimen is ${from}: its chain of custody has ended, no further step (${action}) is possible`,
    };
  if (!t.from.includes(from))
    return {
      kind: 'refused',
      rule: 'custody-impossible-transition',
      reason: `cannot ${action} a specimen that is ${from}: ${action} starts from ${t.from.join(' or ')} (${t.why})`,
    };
  if (t.at !== 'either' && t.at !== place)
    return {
      kind: 'refused',
      rule: 'custody-wrong-place',
      reason: `${action} is done at ${t.at === 'biobank' ? 'the central biobank' : 'an enrolling site'}, not at ${place === 'biobank' ? 'the central biobank' : 'an enrolling site'}`,
    };
  return {
    kind: 'allowed',
    from,
    to: t.to,
    reasons: [`${from} → ${t.to} by ${action}: ${t.why}`],
  };
}

/** The actions possible from a state at a place (for the UI's buttons). */
export function availableActions(from: CustodyState, place: 'site' | 'biobank'): CustodyAction[] {
  return CUSTODY_ACTIONS.filter((a) => custodyTransition(from, a, place).kind === 'allowed');
}
