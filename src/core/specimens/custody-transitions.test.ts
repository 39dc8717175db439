import { describe, expect, it } from 'vitest';
import {
  availableActions,
  CUSTODY_ACTIONS,
  CUSTODY_STATES,
  CUSTODY_TRANSITIONS,
  type CustodyAction,
  type CustodyState,
  custodyTransition,
  TERMINAL_STATES,
} from './custody-transitions.ts';

const PLACES = ['site', 'biobank'] as const;
const all = CUSTODY_STATES.flatMap((s) =>
  CUSTODY_ACTIONS.flatMap((a) => PLACES.map((p) => [s, a, p] as const)),
);
const permitted = (s: CustodyState, a: CustodyAction, p: 'site' | 'biobank') => {
  const t = CUSTODY_TRANSITIONS[a];
  return t.from.includes(s) && (t.at === 'either' || t.at === p);
};

describe('chain-of-custody transition table', () => {
  it.each(all.filter(([s, a, p]) => permitted(s, a, p)))('allows %s --%s--> at %s', (s, a, p) => {
    const r = custodyTransition(s, a, p);
    expect(r).toMatchObject({ kind: 'allowed', from: s, to: CUSTODY_TRANSITIONS[a].to });
    if (r.kind === 'allowed') expect(r.reasons[0]).toContain(a);
  });
  it.each(all.filter(([s, a, p]) => !permitted(s, a, p)))(
    'refuses %s --%s--> at %s with a reason',
    (s, a, p) => {
      const r = custodyTransition(s, a, p);
      expect(r.kind).toBe('refused');
      if (r.kind !== 'refused') return;
      expect(r.reason).toContain(a);
      const expected = TERMINAL_STATES.includes(s)
        ? 'custody-terminal-state'
        : CUSTODY_TRANSITIONS[a].from.includes(s)
          ? 'custody-wrong-place'
          : 'custody-impossible-transition';
      expect(r.rule).toBe(expected);
    },
  );

  it('follows the published order collected → … → stored → distributed', () => {
    const path: Array<[CustodyAction, 'site' | 'biobank']> = [
      ['process', 'site'],
      ['store-at-site', 'site'],
      ['ship', 'site'],
      ['receive', 'biobank'],
      ['store', 'biobank'],
      ['distribute', 'biobank'],
    ];
    let s: CustodyState = 'collected';
    const seen: CustodyState[] = [s];
    for (const [a, p] of path) {
      const r = custodyTransition(s, a, p);
      if (r.kind !== 'allowed') throw new Error(r.reason);
      s = r.to;
      seen.push(s);
    }
    expect(seen).toEqual([
      'collected',
      'processed',
      'stored-at-site',
      'shipped',
      'received-at-biobank',
      'stored',
      'distributed',
    ]);
  });

  it('a specimen in transit can only be received (not destroyed or used)', () => {
    expect(availableActions('shipped', 'biobank')).toEqual(['receive']);
    expect(availableActions('shipped', 'site')).toEqual([]);
  });

  it('terminal states allow nothing', () => {
    for (const s of TERMINAL_STATES)
      for (const p of PLACES) expect(availableActions(s, p)).toEqual([]);
  });

  it('names the states an action may start from when refusing', () => {
    const r = custodyTransition('collected', 'receive', 'biobank');
    expect(r).toEqual({
      kind: 'refused',
      rule: 'custody-impossible-transition',
      reason: expect.stringContaining('receive starts from shipped'),
    });
  });
});
