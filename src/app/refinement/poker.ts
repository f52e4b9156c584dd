import type { EventData } from '../../domain/event-catalogue.ts';
import { fibonacciDeck, summariseVotes, type VoteSummary } from '../../domain/refinement.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { AppError, invalidInput, notFound } from '../errors.ts';
import { appendEvent, type NewEvent } from '../events/append-event.ts';
import { findItemByKey, type Item } from '../items/item-queries.ts';
import { updateItem } from '../items/update-item.ts';
import { type Product, scopeOf } from '../products/product-queries.ts';
import { findSession } from './session-queries.ts';

/**
 * Planning poker: everyone votes unseen; the votes are revealed together; the agreed estimate
 * is recorded on the item. Before the reveal nobody (not even the one who runs the session)
 * can read a card but their own, through the API or the live stream.
 */

export interface PokerRoundView {
  id: string;
  itemKey: string;
  itemTitle: string;
  deck: string[];
  state: 'voting' | 'revealed' | 'agreed' | 'abandoned';
  agreedEstimate: number | null;
  /** Who has voted; `card` only once the round is revealed, or for the reader's own vote. */
  votes: { personId: string; name: string; card: string | null }[];
  myCard: string | null;
  summary: VoteSummary | null;
}

async function findRound(ctx: Ctx, roundId: string) {
  const round = await ctx.trx
    .selectFrom('poker_rounds')
    .selectAll()
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!round) throw notFound('Poker round');
  const { session, product } = await findSession(ctx.trx, round.session_id);
  return { round, session, product };
}

async function viewRound(ctx: Ctx, roundId: string): Promise<PokerRoundView> {
  const round = await ctx.trx
    .selectFrom('poker_rounds')
    .innerJoin('items', 'items.id', 'poker_rounds.item_id')
    .select([
      'poker_rounds.id',
      'poker_rounds.deck',
      'poker_rounds.state',
      'poker_rounds.agreed_estimate',
      'items.key',
      'items.title',
    ])
    .where('poker_rounds.id', '=', roundId)
    .executeTakeFirstOrThrow();
  const votes = await ctx.trx
    .selectFrom('poker_votes')
    .innerJoin('people', 'people.id', 'poker_votes.person_id')
    .select(['people.id as personId', 'people.name', 'poker_votes.card'])
    .where('poker_votes.round_id', '=', roundId)
    .orderBy('poker_votes.voted_at')
    .execute();
  const isOpen = round.state !== 'voting';
  const me = ctx.actor?.personId;
  return {
    id: round.id,
    itemKey: round.key,
    itemTitle: round.title,
    deck: round.deck,
    state: round.state,
    agreedEstimate: round.agreed_estimate,
    votes: votes.map((vote) => ({
      personId: vote.personId,
      name: vote.name,
      card: isOpen ? vote.card : null,
    })),
    myCard: votes.find((vote) => vote.personId === me)?.card ?? null,
    summary: isOpen ? summariseVotes(votes.map((vote) => vote.card)) : null,
  };
}

/** The session's open round, if any, as the reader may see it. */
export async function currentRound(ctx: Ctx, sessionId: string): Promise<PokerRoundView | null> {
  const open = await ctx.trx
    .selectFrom('poker_rounds')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('state', 'in', ['voting', 'revealed'])
    .executeTakeFirst();
  return open ? viewRound(ctx, open.id) : null;
}

export async function getRound(ctx: Ctx, roundId: string): Promise<PokerRoundView> {
  const { product } = await findRound(ctx, roundId);
  await authorize(ctx, 'product.read', scopeOf(product));
  return viewRound(ctx, roundId);
}

async function announce<
  Kind extends 'poker.started' | 'poker.voted' | 'poker.revealed' | 'poker.revote' | 'poker.agreed',
>(ctx: Ctx, product: Product, item: Pick<Item, 'id' | 'key'> | null, kind: Kind, data: EventData<Kind>) {
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item?.id ?? null,
    itemKey: item?.key ?? null,
    kind,
    data,
  } as NewEvent);
}

/** Opens a round on an agenda item (closing any round left open in the session). */
export async function startPoker(
  ctx: Ctx,
  input: { sessionId: string; itemKey: string; deck?: string[] },
): Promise<PokerRoundView> {
  const { session, product } = await findSession(ctx.trx, input.sessionId);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  if (session.state !== 'running') throw invalidInput('sessionId', 'poker needs a running session');
  const item = await findItemByKey(ctx.trx, input.itemKey);
  const onAgenda = await ctx.trx
    .selectFrom('refinement_agenda')
    .select('item_id')
    .where('session_id', '=', session.id)
    .where('item_id', '=', item.id)
    .executeTakeFirst();
  if (!onAgenda) throw invalidInput('itemKey', `${item.key} is not on this session's agenda`);
  await ctx.trx
    .updateTable('poker_rounds')
    .set({ state: 'abandoned' })
    .where('session_id', '=', session.id)
    .where('state', 'in', ['voting', 'revealed'])
    .execute();
  const round = await ctx.trx
    .insertInto('poker_rounds')
    .values({
      session_id: session.id,
      item_id: item.id,
      deck: input.deck ?? [...fibonacciDeck],
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await announce(ctx, product, item, 'poker.started', { sessionId: session.id, roundId: round.id });
  return viewRound(ctx, round.id);
}

/** A vote, or a changed vote, while the round is open. The event says who voted, never what. */
export async function castVote(ctx: Ctx, input: { roundId: string; card: string }): Promise<PokerRoundView> {
  const { round, session, product } = await findRound(ctx, input.roundId);
  await authorize(ctx, 'refinement.take_part', scopeOf(product));
  const actor = requireActor(ctx);
  if (round.state !== 'voting') throw invalidInput('roundId', 'this round is not taking votes');
  if (!round.deck.includes(input.card))
    throw invalidInput('card', `not a card of this deck (${round.deck.join(' ')})`);
  await ctx.trx
    .insertInto('refinement_attendees')
    .values({ session_id: session.id, person_id: actor.personId, joined_at: ctx.now() })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await ctx.trx
    .insertInto('poker_votes')
    .values({ round_id: round.id, person_id: actor.personId, card: input.card, voted_at: ctx.now() })
    .onConflict((oc) =>
      oc.columns(['round_id', 'person_id']).doUpdateSet({ card: input.card, voted_at: ctx.now() }),
    )
    .execute();
  await announce(ctx, product, null, 'poker.voted', {
    sessionId: session.id,
    roundId: round.id,
    voter: actor.name,
  });
  return viewRound(ctx, round.id);
}

async function openRoundToChange(ctx: Ctx, roundId: string) {
  const found = await findRound(ctx, roundId);
  await authorize(ctx, 'refinement.run', scopeOf(found.product));
  if (found.round.state === 'agreed' || found.round.state === 'abandoned')
    throw invalidInput('roundId', `this round is ${found.round.state}`);
  return found;
}

export async function revealVotes(ctx: Ctx, roundId: string): Promise<PokerRoundView> {
  const { round, session, product } = await openRoundToChange(ctx, roundId);
  if (round.state !== 'voting') throw invalidInput('roundId', 'the votes are already revealed');
  await ctx.trx
    .updateTable('poker_rounds')
    .set({ state: 'revealed', revealed_at: ctx.now() })
    .where('id', '=', round.id)
    .execute();
  await announce(ctx, product, null, 'poker.revealed', { sessionId: session.id, roundId: round.id });
  return viewRound(ctx, round.id);
}

/** Clears the votes for another round on the same item. */
export async function revote(ctx: Ctx, roundId: string): Promise<PokerRoundView> {
  const { round, session, product } = await openRoundToChange(ctx, roundId);
  await ctx.trx.deleteFrom('poker_votes').where('round_id', '=', round.id).execute();
  await ctx.trx
    .updateTable('poker_rounds')
    .set({ state: 'voting', revealed_at: null })
    .where('id', '=', round.id)
    .execute();
  await announce(ctx, product, null, 'poker.revote', { sessionId: session.id, roundId: round.id });
  return viewRound(ctx, round.id);
}

/** Records the agreed estimate on the item (a person's estimate: activity on the item). */
export async function agreeEstimate(
  ctx: Ctx,
  input: { roundId: string; estimate: number },
): Promise<PokerRoundView> {
  const { round, session, product } = await openRoundToChange(ctx, input.roundId);
  if (round.state !== 'revealed')
    throw new AppError('invalid_input', 'roundId: reveal the votes before agreeing', [
      { field: 'roundId', message: 'not revealed' },
    ]);
  const item = await ctx.trx
    .selectFrom('items')
    .select(['key', 'version', 'id'])
    .where('id', '=', round.item_id)
    .executeTakeFirstOrThrow();
  await updateItem(ctx, { key: item.key, version: item.version, changes: { estimate: input.estimate } });
  await ctx.trx
    .updateTable('poker_rounds')
    .set({ state: 'agreed', agreed_estimate: input.estimate })
    .where('id', '=', round.id)
    .execute();
  await ctx.trx
    .updateTable('refinement_agenda')
    .set({ outcome: 'estimated' })
    .where('session_id', '=', session.id)
    .where('item_id', '=', round.item_id)
    .execute();
  await announce(ctx, product, item, 'poker.agreed', {
    sessionId: session.id,
    roundId: round.id,
    estimate: input.estimate,
  });
  return viewRound(ctx, round.id);
}
