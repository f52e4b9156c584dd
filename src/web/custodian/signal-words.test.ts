import { describe, expect, it } from 'vitest';
import {
  counted,
  quartersWords,
  signalFixes,
  signalSentence,
  signalTitles,
  suggestedStatus,
  triageSentence,
} from './signal-words.ts';

describe('the signals in words', () => {
  it('counts one and many', () => {
    expect(counted(1, 'item')).toBe('1 item');
    expect(counted(3, 'item')).toBe('3 items');
    expect(counted(0, 'quarry', 'quarries')).toBe('0 quarries');
  });

  it('says how long requests have waited in triage', () => {
    expect(triageSentence(0, 0)).toBe('Nothing waits for triage: every request has its decision.');
    expect(triageSentence(1, 3)).toBe('1 request waits for a decision, for 3 days.');
    expect(triageSentence(6, 16)).toBe('6 requests wait for a decision; the oldest for 16 days.');
    expect(triageSentence(2, 0)).toBe('2 requests wait for a decision; the oldest since today.');
    expect(triageSentence(2, 1)).toBe('2 requests wait for a decision; the oldest for 1 day.');
  });

  it('agrees in number with the count', () => {
    expect(signalSentence('untagged', 1, 3)).toBe(
      '1 item carries no tag: tag it so that people find and group it.',
    );
    expect(signalSentence('untagged', 3, 3)).toBe(
      '3 items carry no tag: tag them so that people find and group them.',
    );
    expect(signalSentence('in_closed_sprint', 1, 3)).toContain(
      '1 item is still in progress though its sprint',
    );
    expect(signalSentence('done_unchecked', 2, 3)).toBe(
      '2 items are done with acceptance criteria unchecked: check them, or reopen the items.',
    );
  });

  it('names the rule’s quarters in the stale sentence', () => {
    expect(signalSentence('stale', 4, 3)).toContain('4 items are untouched in the last 3 complete quarters');
    expect(signalSentence('stale', 1, 1)).toContain('1 item is untouched in the last complete quarter');
    expect(quartersWords(2)).toBe('the last 2 complete quarters');
  });

  it('says all clear when a count is zero', () => {
    expect(signalSentence('hold_without_reason', 0, 3)).toBe('Every item on hold says why.');
    expect(signalSentence('going_stale', 0, 3)).toBe('Nothing goes stale when this quarter ends.');
    expect(signalSentence('stale', 0, 3)).toBe('Nothing is stale.');
  });

  it('has a title and a fix for every signal', () => {
    for (const name of Object.keys(signalTitles) as (keyof typeof signalTitles)[]) {
      expect(signalTitles[name]).not.toBe('');
      expect(signalFixes[name]).toBeDefined();
    }
    expect(signalFixes.untagged).toBe('tag');
    expect(signalFixes.hold_without_reason).toBe('hold_reason');
    expect(signalFixes.top_not_ready).toBe('readiness');
  });

  it('proposes the likely way out of a contradictory status, never the current one', () => {
    expect(suggestedStatus('in_closed_sprint', 'in_progress')).toBe('open');
    expect(suggestedStatus('done_unchecked', 'done')).toBe('in_progress');
    expect(suggestedStatus('stale', 'open')).toBe('in_progress');
    expect(suggestedStatus('stale', 'on_hold')).toBe('open');
  });
});
