import { describe, expect, it } from 'vitest';
import { mayAnswer, separateDecisionNote, whatHappensNext } from './status-wording.ts';

const at = '2027-03-10T12:00:00.000Z';

describe('the status page', () => {
  it('shows a reason for declining beside the conversation', () => {
    expect(separateDecisionNote({ decisionNote: 'Out of scope for this year.', messages: [] })).toBe(
      'Out of scope for this year.',
    );
  });

  it('does not repeat a question that is already in the conversation', () => {
    const question = 'Which bank do you use?';
    expect(
      separateDecisionNote({
        decisionNote: question,
        messages: [
          { from: 'team', body: question, at },
          { from: 'you', body: 'ING', at },
        ],
      }),
    ).toBeNull();
    expect(separateDecisionNote({ decisionNote: '  ', messages: [] })).toBeNull();
    expect(separateDecisionNote({ decisionNote: null, messages: [] })).toBeNull();
  });

  it('offers an answer only while the team waits for one', () => {
    expect(mayAnswer({ state: 'needs_info' })).toBe(true);
    expect(
      ['new', 'accepted', 'merged', 'declined'].some((state) => mayAnswer({ state: state as 'new' })),
    ).toBe(false);
  });

  it('never promises a date', () => {
    for (const sentence of Object.values(whatHappensNext)) {
      expect(sentence).not.toMatch(/\b(by|within|until)\b.*\b(day|week|month|\d{4})/i);
    }
  });
});
