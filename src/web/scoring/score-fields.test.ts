import { describe, expect, it } from 'vitest';
import {
  riceChanges,
  riceDraftOf,
  riceDraftScore,
  wsjfChanges,
  wsjfDraftOf,
  wsjfDraftScore,
} from './score-fields.ts';

describe('the scoring fields of the item page', () => {
  it('turns typed WSJF parts into the PATCH body, blank as no value', () => {
    const draft = { businessValue: '8', timeCriticality: '5', riskReduction: '', jobSize: '3' };
    expect(wsjfChanges(draft)).toEqual({
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: null, jobSize: 3 },
    });
    expect(wsjfDraftScore(draft)).toBeNull();
    expect(wsjfDraftScore({ ...draft, riskReduction: '2' })).toBe(5);
  });

  it('starts a WSJF draft from the item', () => {
    expect(
      wsjfDraftOf({
        wsjf: { businessValue: 8, timeCriticality: null, riskReduction: 0, jobSize: 1, score: null },
      }),
    ).toEqual({ businessValue: '8', timeCriticality: '', riskReduction: '0', jobSize: '1' });
  });

  it('turns typed RICE parts into the PATCH body and scores them', () => {
    const draft = { reach: '1000', impact: '0.5', confidence: '80', effort: '2' };
    expect(riceChanges(draft)).toEqual({ rice: { reach: 1000, impact: 0.5, confidence: 80, effort: 2 } });
    expect(riceDraftScore(draft)).toBe(200);
    expect(riceDraftScore({ ...draft, effort: '' })).toBeNull();
    expect(
      riceDraftOf({ rice: { reach: 10, impact: 2, confidence: null, effort: 0.5, score: null } }),
    ).toEqual({ reach: '10', impact: '2', confidence: '', effort: '0.5' });
  });
});
