import { cardName } from './poker-format.ts';

interface PokerDeckProps {
  deck: readonly string[];
  myCard: string | null;
  isDisabled: boolean;
  onPick: (card: string) => void;
}

/** The cards to vote with; the one picked stays pressed. Changing one's mind is allowed. */
export function PokerDeck({ deck, myCard, isDisabled, onPick }: PokerDeckProps) {
  return (
    <fieldset className="poker-deck" data-testid="poker-deck">
      <legend className="visually-hidden">Your card</legend>
      {deck.map((card) => (
        <button
          key={card}
          type="button"
          className="poker-card"
          aria-pressed={myCard === card}
          aria-label={cardName(card)}
          title={cardName(card)}
          disabled={isDisabled}
          onClick={() => onPick(card)}
          data-testid="poker-card"
          data-card={card}
        >
          {card}
        </button>
      ))}
    </fieldset>
  );
}
