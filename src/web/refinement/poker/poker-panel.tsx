import { Link } from 'react-router';
import { client } from '../../api.ts';
import { itemPath } from '../../app.tsx';
import { useToast } from '../../ui/toasts.tsx';
import type { PokerRound } from '../refinement-api.ts';
import { useSessionAction } from '../session/use-session.ts';
import { AgreeForm } from './agree-form.tsx';
import { PokerDeck } from './poker-deck.tsx';
import { votingProgress } from './poker-format.ts';
import { PokerVotes } from './poker-votes.tsx';

interface PokerPanelProps {
  sessionId: string;
  round: PokerRound;
  attendees: number;
  myName: string | undefined;
  /** Reveal, re-vote and agree: the one who runs the session. */
  canRun: boolean;
  /** Vote: everyone who takes part in refinement. */
  canVote: boolean;
}

/** Planning poker on one agenda item: vote unseen, reveal together, agree the estimate. */
export function PokerPanel({ sessionId, round, attendees, myName, canRun, canVote }: PokerPanelProps) {
  const toast = useToast();
  const vote = useSessionAction(sessionId, (card: string) => client.vote(round.id, card));
  const reveal = useSessionAction(sessionId, () => client.reveal(round.id));
  const revote = useSessionAction(sessionId, () => client.revote(round.id));
  const agree = useSessionAction(
    sessionId,
    (estimate: number) => client.agree(round.id, estimate),
    (agreed) => toast(`Agreed ${agreed.agreedEstimate} points for ${agreed.itemKey}`),
  );
  const isVoting = round.state === 'voting';
  const isBusy = vote.isPending || reveal.isPending || revote.isPending || agree.isPending;

  return (
    <section
      className="poker-panel"
      aria-labelledby="poker-heading"
      data-testid="poker-panel"
      data-state={round.state}
    >
      <div className="poker-heading">
        <h2 id="poker-heading">Planning poker</h2>
        <Link to={itemPath(round.itemKey)} className="item-key" data-testid="poker-item">
          {round.itemKey}
        </Link>
        <span className="poker-item-title">{round.itemTitle}</span>
        <span className="page-heading-spacer" />
        <span className={`state-chip state-${round.state}`} data-testid="poker-state">
          {isVoting ? 'Voting' : 'Revealed'}
        </span>
      </div>
      {isVoting && (
        <>
          <p className="muted" aria-live="polite" data-testid="poker-progress">
            {votingProgress(round.votes.length, attendees)}. Cards stay hidden until the reveal.
          </p>
          {canVote && (
            <>
              <PokerDeck
                deck={round.deck}
                myCard={round.myCard}
                isDisabled={vote.isPending}
                onPick={vote.mutate}
              />
              <p className="poker-mine" data-testid="poker-mine">
                {round.myCard ? (
                  <>
                    Your vote: <strong>{round.myCard}</strong> (pick another card to change it)
                  </>
                ) : (
                  'Pick a card.'
                )}
              </p>
            </>
          )}
        </>
      )}
      <PokerVotes round={round} myName={myName} />
      {canRun && (
        <div className="poker-controls">
          {isVoting ? (
            <button
              type="button"
              className="button button-primary"
              disabled={isBusy || round.votes.length === 0}
              onClick={() => reveal.mutate(undefined)}
              data-testid="poker-reveal"
            >
              Reveal
            </button>
          ) : (
            <AgreeForm key={round.id} round={round} isPending={isBusy} onAgree={agree.mutate} />
          )}
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => revote.mutate(undefined)}
            data-testid="poker-revote"
          >
            Re-vote
          </button>
        </div>
      )}
    </section>
  );
}
