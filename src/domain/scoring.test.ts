import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movesForChosen, proposeOrder, riceScore, wsjfScore } from './scoring.ts';

describe('wsjfScore', () => {
  it('divides the cost of delay by the job size', () => {
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 5 })).toBe(3);
    expect(wsjfScore({ businessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 3 })).toBe(1);
    expect(wsjfScore({ businessValue: 2, timeCriticality: 1, riskReduction: 1, jobSize: 3 })).toBe(1.33);
  });

  it('gives no score until every part is there and the job has a size', () => {
    expect(wsjfScore({ businessValue: 8, timeCriticality: null, riskReduction: 2, jobSize: 5 })).toBeNull();
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 2, jobSize: 0 })).toBeNull();
  });
});

describe('riceScore', () => {
  it('multiplies reach, impact and confidence and divides by effort', () => {
    expect(riceScore({ reach: 500, impact: 2, confidence: 80, effort: 4 })).toBe(200);
    expect(riceScore({ reach: 100, impact: 0.25, confidence: 50, effort: 1 })).toBe(12.5);
  });

  it('gives no score with a part missing or no effort', () => {
    expect(riceScore({ reach: 500, impact: null, confidence: 80, effort: 4 })).toBeNull();
    expect(riceScore({ reach: 500, impact: 2, confidence: 80, effort: 0 })).toBeNull();
  });
});

describe('proposeOrder', () => {
  it('orders by score, keeps ties and unscored items in their current order, unscored last', () => {
    const proposal = proposeOrder([
      { key: 'A', score: 1 },
      { key: 'B', score: null },
      { key: 'C', score: 5 },
      { key: 'D', score: 1 },
      { key: 'E', score: null },
    ]);
    expect(proposal.map((p) => p.key)).toEqual(['C', 'A', 'D', 'B', 'E']);
    expect(proposal.map((p) => p.after)).toEqual([null, 'C', 'A', 'D', 'B']);
  });

  it('moves as few items as it can', () => {
    const proposal = proposeOrder([
      { key: 'A', score: 9 },
      { key: 'B', score: 8 },
      { key: 'C', score: 10 },
      { key: 'D', score: 7 },
    ]);
    expect(proposal.filter((p) => p.moves).map((p) => p.key)).toEqual(['C']);
    expect(
      proposeOrder([
        { key: 'A', score: 2 },
        { key: 'B', score: 1 },
      ]).some((p) => p.moves),
    ).toBe(false);
  });

  it('reaches the proposed order when the marked items move, in proposed order, after their predecessor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { maxLength: 40 }),
        (scores) => {
          const current = scores.map((score, i) => ({ key: `K${i}`, score }));
          const proposal = proposeOrder(current);
          let order = current.map((c) => c.key);
          for (const place of proposal.filter((p) => p.moves)) {
            order = order.filter((key) => key !== place.key);
            const at = place.after === null ? 0 : order.indexOf(place.after) + 1;
            order.splice(at, 0, place.key);
          }
          expect(order).toEqual(proposal.map((p) => p.key));
        },
      ),
    );
  });
});

describe('movesForChosen', () => {
  it('puts each chosen item at its proposed position, whatever the others do', () => {
    // Current A B C D E; scores propose E C A B D (E and C move up).
    const proposal = proposeOrder([
      { key: 'A', score: 3 },
      { key: 'B', score: 2 },
      { key: 'C', score: 4 },
      { key: 'D', score: 1 },
      { key: 'E', score: 5 },
    ]);
    expect(proposal.map((place) => [place.key, place.to])).toEqual([
      ['E', 0],
      ['C', 1],
      ['A', 2],
      ['B', 3],
      ['D', 4],
    ]);
    // Only C: it goes second (after A), not after E, which stays where it is.
    expect(movesForChosen(proposal, new Set(['C']))).toEqual([{ key: 'C', after: 'A' }]);
    // E then C: E to the top, then C second, right after E.
    expect(movesForChosen(proposal, new Set(['C', 'E']))).toEqual([
      { key: 'E', after: null },
      { key: 'C', after: 'E' },
    ]);
  });
});

describe('movesForChosen, for any backlog and any choice', () => {
  it('lands every chosen item at its proposed position, the others in their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (scores, picks) => {
          const current = scores.map((score, i) => ({ key: `K${i}`, score }));
          const proposal = proposeOrder(current);
          const chosen = new Set(proposal.filter((_, i) => picks[i]).map((place) => place.key));
          const order = current.map((item) => item.key);
          for (const move of movesForChosen(proposal, chosen)) {
            order.splice(order.indexOf(move.key), 1);
            order.splice(move.after === null ? 0 : order.indexOf(move.after) + 1, 0, move.key);
          }
          for (const place of proposal)
            if (chosen.has(place.key)) expect(order.indexOf(place.key)).toBe(place.to);
          const others = (keys: string[]) => keys.filter((key) => !chosen.has(key));
          expect(others(order)).toEqual(others(current.map((item) => item.key)));
        },
      ),
    );
  });
});
