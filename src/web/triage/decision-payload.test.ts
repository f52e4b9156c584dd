import { describe, expect, it } from 'vitest';
import { acceptDecision, bulkAction, mergeCandidates, normaliseKey } from './decision-payload.ts';

describe('triage decisions as the API takes them', () => {
  it('accepts at the top, at the bottom, or after an item typed in any case', () => {
    expect(acceptDecision({ type: 'story', place: 'top', afterKey: 'PAY-3' })).toEqual({
      type: 'story',
      position: { to: 'top' },
    });
    expect(acceptDecision({ type: 'bug', place: 'bottom', afterKey: '' })).toEqual({
      type: 'bug',
      position: { to: 'bottom' },
    });
    expect(acceptDecision({ type: 'enhancement', place: 'after', afterKey: ' pay-12 ' })).toEqual({
      type: 'enhancement',
      position: { after: 'PAY-12' },
    });
  });

  it('offers only items as merge targets, in the order suggested', () => {
    const suggestion = (kind: 'item' | 'request', key: string) => ({
      kind,
      key,
      title: key,
      status: 'open',
      score: 1,
    });
    expect(
      mergeCandidates([
        suggestion('request', 'PAY-R2'),
        suggestion('item', 'PAY-7'),
        suggestion('item', 'PAY-1'),
      ]).map((s) => s.key),
    ).toEqual(['PAY-7', 'PAY-1']);
  });

  it('builds one bulk action: decline with a trimmed reason, accept to the bottom, merge into a key', () => {
    expect(bulkAction({ decision: 'decline', reason: '  Out of scope ' })).toEqual({
      decision: 'decline',
      reason: 'Out of scope',
    });
    expect(bulkAction({ decision: 'accept', type: 'story' })).toEqual({
      decision: 'accept',
      type: 'story',
      position: { to: 'bottom' },
    });
    expect(bulkAction({ decision: 'merge', into: 'pay-4' })).toEqual({ decision: 'merge', into: 'PAY-4' });
    expect(normaliseKey('  pay-142')).toBe('PAY-142');
  });
});
