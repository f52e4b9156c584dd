import type { PokerRound } from '../refinement-api.ts';
import { spreadText, tallyVotes } from './poker-format.ts';

interface PokerVotesProps {
  round: PokerRound;
  /** The signed-in person's name: their own vote shows its card before the reveal. */
  myName: string | undefined;
}

/**
 * Who has voted. Before the reveal the API sends no card but one's own, so the others show as
 * "voted"; once revealed, every card shows at once, with their count and spread.
 */
export function PokerVotes({ round, myName }: PokerVotesProps) {
  const isRevealed = round.state === 'revealed';
  const tally = isRevealed ? tallyVotes(round.deck, round.votes) : [];
  const most = Math.max(1, ...tally.map((entry) => entry.count));
  return (
    <div className="poker-votes-area">
      {round.votes.length === 0 ? (
        <p className="muted" data-testid="poker-no-votes">
          No votes yet.
        </p>
      ) : (
        <ul className="poker-votes" data-testid="poker-votes" aria-label="Votes">
          {round.votes.map((vote) => {
            const card = vote.card ?? (vote.name === myName ? round.myCard : null);
            return (
              <li
                key={vote.name}
                className={`poker-vote${card === null ? ' is-hidden' : ''}${vote.name === myName ? ' is-mine' : ''}`}
                data-testid="poker-vote"
                data-voter={vote.name}
                data-card={card ?? ''}
              >
                <span className="poker-vote-card" aria-hidden={card === null}>
                  {card ?? '✓'}
                </span>
                <span className="poker-vote-name" title={vote.name}>
                  {vote.name}
                  {vote.name === myName && <span className="visually-hidden"> (you)</span>}
                </span>
                {card === null && (
                  <span className="visually-hidden">has voted; the card shows at the reveal</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {isRevealed && (
        <div className="poker-result" data-testid="poker-result">
          <p className="poker-spread" data-testid="poker-spread">
            {spreadText(round.summary)}
          </p>
          <ul className="poker-tally" aria-label="Cards and how many chose each">
            {tally.map((entry) => (
              <li key={entry.card}>
                <span className="poker-tally-card">{entry.card}</span>
                <span className="poker-tally-bar" style={{ inlineSize: `${(entry.count / most) * 100}%` }} />
                <span className="poker-tally-count">×{entry.count}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
