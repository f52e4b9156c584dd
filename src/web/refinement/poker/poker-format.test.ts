import { describe, expect, it } from 'vitest';
import { fibonacciDeck, summariseVotes } from '../../../domain/refinement.ts';
import { cardName, proposedEstimate, spreadText, tallyVotes, votingProgress } from './poker-format.ts';

describe('planning poker in words', () => {
  it('names the cards for screen readers', () => {
    expect(cardName('1')).toBe('1 point');
    expect(cardName('13')).toBe('13 points');
    expect(cardName('?')).toBe('Not sure');
    expect(cardName('☕')).toBe('Need a break');
  });

  it('counts the revealed cards in deck order and ignores hidden ones', () => {
    const votes = [{ card: '8' }, { card: '3' }, { card: '8' }, { card: null }, { card: '?' }];
    expect(tallyVotes(fibonacciDeck, votes)).toEqual([
      { card: '3', count: 1 },
      { card: '8', count: 2 },
      { card: '?', count: 1 },
    ]);
  });

  it('describes the spread: unanimous, a range with the most voted card, or nothing to go on', () => {
    expect(spreadText(summariseVotes(['5', '5']))).toBe('Unanimous: 5');
    expect(spreadText(summariseVotes(['3', '5', '13', '5']))).toBe('From 3 to 13 · most voted 5');
    expect(spreadText(summariseVotes(['5', '?']))).toBe('All numeric votes 5 · most voted 5');
    expect(spreadText(summariseVotes(['3', '5', '8']))).toBe('From 3 to 8 · no card leads');
    expect(spreadText(summariseVotes(['?', '☕']))).toBe('No numeric votes');
    expect(spreadText(null)).toBe('No votes');
  });

  it('proposes the most voted card as the estimate, else the middle vote', () => {
    expect(proposedEstimate({ summary: summariseVotes(['3', '5', '5', '13']) })).toBe('5');
    expect(proposedEstimate({ summary: summariseVotes(['3', '5', '8']) })).toBe('5');
    expect(proposedEstimate({ summary: summariseVotes(['3', '8']) })).toBe('8');
    expect(proposedEstimate({ summary: summariseVotes(['?']) })).toBe('');
    expect(proposedEstimate({ summary: null })).toBe('');
  });

  it('counts voters against the people in the session', () => {
    expect(votingProgress(1, 3)).toBe('1 of 3 have voted');
    expect(votingProgress(2, 1)).toBe('2 of 2 have voted');
    expect(votingProgress(0, 1)).toBe('0 of 1 has voted');
  });
});
