import { describe, expect, it } from 'vitest';
import { summarySentence } from './session-summary-text.ts';

const summary = {
  discussed: 10,
  outcomes: {},
  nowReady: 0,
  readyPoints: 0,
  sprintsOfReadyWork: null,
};

describe('summarySentence', () => {
  it('says what became ready, what was split and archived, and the runway in sprints', () => {
    expect(
      summarySentence({
        ...summary,
        outcomes: { split: 2, archived: 1, skipped: 3 },
        nowReady: 7,
        readyPoints: 50,
        sprintsOfReadyWork: 2.5,
      }),
    ).toBe('7 items now ready, 2 split, 1 archived, 2.5 sprints of ready work');
  });

  it('lists every counted outcome in a fixed order, and never the skipped ones', () => {
    expect(
      summarySentence({
        ...summary,
        outcomes: { reranked: 1, estimated: 3, clarified: 2, skipped: 1 },
        nowReady: 1,
        readyPoints: 8,
        sprintsOfReadyWork: 1,
      }),
    ).toBe('1 item now ready, 2 clarified, 3 estimated, 1 re-ranked, 1 sprint of ready work');
  });

  it('falls back to points when the product has no velocity', () => {
    expect(summarySentence({ ...summary, readyPoints: 21 })).toBe(
      'No item became ready, 21 points of ready work',
    );
    expect(summarySentence({ ...summary, readyPoints: 1 })).toBe(
      'No item became ready, 1 point of ready work',
    );
  });
});
