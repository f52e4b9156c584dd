import type { PokerRound } from '../refinement-api.ts';

/** What a card says to a screen reader and in a tooltip. */
export function cardName(card: string): string {
  if (card === '?') return 'Not sure';
  if (card === '☕') return 'Need a break';
  return `${card} point${card === '1' ? '' : 's'}`;
}

export interface CardCount {
  card: string;
  count: number;
}

/** The revealed cards counted, in the deck's order (cards off the deck last). */
export function tallyVotes(deck: readonly string[], votes: readonly { card: string | null }[]): CardCount[] {
  const counts = new Map<string, number>();
  for (const vote of votes) if (vote.card !== null) counts.set(vote.card, (counts.get(vote.card) ?? 0) + 1);
  const order = [...deck, ...[...counts.keys()].filter((card) => !deck.includes(card))];
  return order.filter((card) => counts.has(card)).map((card) => ({ card, count: counts.get(card) ?? 0 }));
}

/** The spread of revealed votes: "Unanimous: 5", "From 3 to 13 · most voted 5", "From 3 to 8 · no card leads". */
export function spreadText(summary: PokerRound['summary']): string {
  if (!summary || summary.votes === 0) return 'No votes';
  if (summary.lowest === null || summary.highest === null) return 'No numeric votes';
  if (summary.isUnanimous) return `Unanimous: ${summary.lowest}`;
  const range =
    summary.lowest === summary.highest
      ? `All numeric votes ${summary.lowest}`
      : `From ${summary.lowest} to ${summary.highest}`;
  return summary.mostVoted === null
    ? `${range} · no card leads`
    : `${range} · most voted ${summary.mostVoted}`;
}

/** "2 of 3 have voted", from who is in the session and who has voted. */
export function votingProgress(voters: number, attendees: number): string {
  const people = Math.max(voters, attendees);
  return `${voters} of ${people} ${people === 1 ? 'has' : 'have'} voted`;
}

/** The estimate to propose once the votes are shown: the most voted card, else the middle vote. */
export const proposedEstimate = (round: Pick<PokerRound, 'summary'>): string => {
  const proposal = round.summary?.mostVoted ?? round.summary?.middle ?? null;
  return proposal === null ? '' : String(proposal);
};
