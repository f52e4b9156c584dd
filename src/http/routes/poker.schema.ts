import { z } from 'zod';
import type { PokerRoundView } from '../../app/refinement/poker.ts';
import { limits } from '../../domain/item.ts';
import { itemKey, requiredText } from '../fields.ts';

/** Planning poker on the wire: opening a round, voting, revealing, agreeing. */

export const roundIdParam = z.object({ roundId: z.uuid('not a poker round id') });

export const startPokerBody = z.strictObject({
  itemKey,
  deck: z
    .array(requiredText(4))
    .min(2)
    .max(20)
    .optional()
    .describe('The cards; the Fibonacci deck if left out'),
});
export const voteBody = z.strictObject({ card: requiredText(4) });
export const agreeBody = z.strictObject({
  estimate: z.int('must be a whole number').min(0).max(limits.estimateMax),
});

// What the routes answer.

export const pokerRoundSchema = z
  .object({
    id: z.string(),
    itemKey: z.string(),
    itemTitle: z.string(),
    deck: z.array(z.string()),
    state: z.enum(['voting', 'revealed', 'agreed', 'abandoned']),
    agreedEstimate: z.int().nullable(),
    votes: z
      .array(z.object({ name: z.string(), card: z.string().nullable() }))
      .describe('Who has voted; each card only once revealed (or the reader’s own)'),
    myCard: z.string().nullable().describe('The reader’s own vote, if cast'),
    summary: z
      .object({
        votes: z.int(),
        isUnanimous: z.boolean().describe('Whether every numeric vote names the same card'),
        lowest: z.number().nullable(),
        highest: z.number().nullable(),
        mostVoted: z
          .number()
          .nullable()
          .describe('The numeric card with more votes than any other; null on a tie'),
        middle: z.number().nullable().describe('The middle numeric vote (of two, the larger)'),
      })
      .nullable()
      .describe('Null until the round is revealed'),
  })
  .meta({ id: 'PokerRound', description: 'A planning poker round: who voted, and the cards once revealed' });

export function presentPokerRound(round: PokerRoundView): z.input<typeof pokerRoundSchema> {
  return {
    id: round.id,
    itemKey: round.itemKey,
    itemTitle: round.itemTitle,
    deck: round.deck,
    state: round.state,
    agreedEstimate: round.agreedEstimate,
    votes: round.votes.map((vote) => ({ name: vote.name, card: vote.card })),
    myCard: round.myCard,
    summary: round.summary && {
      votes: round.summary.votes,
      isUnanimous: round.summary.isUnanimous,
      lowest: round.summary.lowest,
      highest: round.summary.highest,
      mostVoted: round.summary.mostVoted,
      middle: round.summary.middle,
    },
  };
}
