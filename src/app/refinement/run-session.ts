import { activeStatuses } from '../../domain/item.ts';
import type { RefinementOutcome } from '../../domain/refinement.ts';
import { sprintsOfReadyWork } from '../../domain/refinement.ts';
import { authorize, requireActor } from '../authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../events/append-event.ts';
import { findItemByKey } from '../items/item-queries.ts';
import { findProductByKey, scopeOf } from '../products/product-queries.ts';
import { notInASprint, teamVelocity } from '../sprints/sprint-queries.ts';
import { currentRound, type PokerRoundView } from './poker.ts';
import { isReadySql } from './readiness-query.ts';
import {
  type AgendaEntry,
  agendaOf,
  findSession,
  type RefinementSession,
  type SessionSummary,
} from './session-queries.ts';

export interface SessionView {
  session: RefinementSession;
  productKey: string;
  agenda: AgendaEntry[];
  attendees: { personId: string; name: string }[];
  poker: PokerRoundView | null;
}

export async function getSession(ctx: Ctx, sessionId: string): Promise<SessionView> {
  const { session, product } = await findSession(ctx.trx, sessionId);
  await authorize(ctx, 'product.read', scopeOf(product));
  const [agenda, attendees, poker] = await Promise.all([
    agendaOf(ctx.trx, session, product),
    ctx.trx
      .selectFrom('refinement_attendees')
      .innerJoin('people', 'people.id', 'refinement_attendees.person_id')
      .select(['people.id as personId', 'people.name'])
      .where('refinement_attendees.session_id', '=', session.id)
      .orderBy('refinement_attendees.joined_at')
      .execute(),
    currentRound(ctx, session.id),
  ]);
  return { session, productKey: product.key, agenda, attendees, poker };
}

/** The product's sessions, newest first: the history of refinement. */
export async function listSessions(ctx: Ctx, productKey: string): Promise<RefinementSession[]> {
  const product = await findProductByKey(ctx.trx, productKey);
  await authorize(ctx, 'product.read', scopeOf(product));
  const rows = await ctx.trx
    .selectFrom('refinement_sessions')
    .select('id')
    .where('product_id', '=', product.id)
    .orderBy('number', 'desc')
    .execute();
  const sessions: RefinementSession[] = [];
  for (const row of rows) sessions.push((await findSession(ctx.trx, row.id)).session);
  return sessions;
}

/** Starts a planned session; the one who starts it attends. */
export async function startSession(ctx: Ctx, sessionId: string): Promise<RefinementSession> {
  const { session, product } = await findSession(ctx.trx, sessionId);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  if (session.state !== 'planned')
    throw invalidInput('sessionId', `this session is already ${session.state}`);
  await ctx.trx
    .updateTable('refinement_sessions')
    .set({ state: 'running', started_at: ctx.now() })
    .where('id', '=', session.id)
    .execute();
  await addAttendee(ctx, session.id);
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'refinement.started',
    data: { sessionId: session.id },
  });
  return { ...session, state: 'running', startedAt: ctx.now() };
}

async function addAttendee(ctx: Ctx, sessionId: string): Promise<boolean> {
  const actor = requireActor(ctx);
  const added = await ctx.trx
    .insertInto('refinement_attendees')
    .values({ session_id: sessionId, person_id: actor.personId, joined_at: ctx.now() })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return (added.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Joins a running session from one's own screen. */
export async function joinSession(ctx: Ctx, sessionId: string): Promise<void> {
  const { session, product } = await findSession(ctx.trx, sessionId);
  await authorize(ctx, 'refinement.take_part', scopeOf(product));
  if (session.state !== 'running') throw invalidInput('sessionId', 'only a running session can be joined');
  if (await addAttendee(ctx, session.id)) {
    await appendEvent(ctx, {
      productId: product.id,
      kind: 'refinement.joined',
      data: { sessionId: session.id },
    });
  }
}

/** Notes and an outcome for an item on the agenda. A refinement note is activity on the item. */
export async function noteAgendaItem(
  ctx: Ctx,
  input: { sessionId: string; itemKey: string; notes?: string; outcome?: RefinementOutcome | null },
): Promise<void> {
  const { session, product } = await findSession(ctx.trx, input.sessionId);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  if (session.state === 'ended') throw invalidInput('sessionId', 'this session has ended');
  const item = await findItemByKey(ctx.trx, input.itemKey);
  const updated = await ctx.trx
    .updateTable('refinement_agenda')
    .set({
      ...(input.notes !== undefined && { notes: input.notes }),
      ...(input.outcome !== undefined && { outcome: input.outcome }),
    })
    .where('session_id', '=', session.id)
    .where('item_id', '=', item.id)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n)
    throw invalidInput('itemKey', `${item.key} is not on this session's agenda`);
  await ctx.trx.updateTable('items').set({ last_activity_at: ctx.now() }).where('id', '=', item.id).execute();
  await appendEvent(ctx, {
    productId: product.id,
    itemId: item.id,
    itemKey: item.key,
    kind: 'refinement.noted',
    data: {
      sessionId: session.id,
      ...(input.notes !== undefined && { notes: input.notes }),
      ...(input.outcome !== undefined && { outcome: input.outcome }),
    },
  });
}

/**
 * How many agenda items reached each outcome. An item estimated at the table (a poker round
 * agreed) counts as estimated even when its outcome was changed afterwards, say to "clarified":
 * one session can clarify an item and estimate it.
 */
async function outcomesOf(
  ctx: Ctx,
  sessionId: string,
  agenda: AgendaEntry[],
): Promise<SessionSummary['outcomes']> {
  const agreed = await ctx.trx
    .selectFrom('poker_rounds')
    .select('item_id')
    .where('session_id', '=', sessionId)
    .where('state', '=', 'agreed')
    .execute();
  const estimatedAtTheTable = new Set(agreed.map((round) => round.item_id));
  const outcomes: SessionSummary['outcomes'] = {};
  const count = (outcome: RefinementOutcome) => {
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  };
  for (const entry of agenda) {
    if (entry.outcome && entry.outcome !== 'estimated') count(entry.outcome);
    if (entry.outcome === 'estimated' || estimatedAtTheTable.has(entry.item.id)) count('estimated');
  }
  return outcomes;
}

/** Ends the session and keeps its outcome: what was discussed, what became ready, and the runway. */
export async function endSession(ctx: Ctx, sessionId: string): Promise<RefinementSession> {
  const { session, product } = await findSession(ctx.trx, sessionId);
  await authorize(ctx, 'refinement.run', scopeOf(product));
  if (session.state !== 'running') throw invalidInput('sessionId', 'only a running session can end');
  const agenda = await agendaOf(ctx.trx, session, product);
  const outcomes = await outcomesOf(ctx, session.id, agenda);
  const ready = await ctx.trx
    .selectFrom('items')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('estimate'), eb.val(0)).as('points'))
    .where('product_id', '=', product.id)
    .where('archived_at', 'is', null)
    .where('status', 'in', activeStatuses)
    .where(isReadySql(product.definitionOfReady))
    // Ready work still in the product backlog: what a sprint holds is already planned.
    .where(notInASprint)
    .executeTakeFirstOrThrow();
  const readyPoints = Number(ready.points);
  const { velocity } = await teamVelocity(ctx.trx, product);
  const summary: SessionSummary = {
    discussed: agenda.filter((entry) => entry.outcome && entry.outcome !== 'skipped').length,
    outcomes,
    nowReady: agenda.filter((entry) => entry.isReady && !entry.readyAtStart && !entry.item.archivedAt).length,
    readyPoints,
    sprintsOfReadyWork: sprintsOfReadyWork(readyPoints, velocity),
  };
  const now = ctx.now();
  await ctx.trx
    .updateTable('refinement_sessions')
    .set({ state: 'ended', ended_at: now, summary: JSON.stringify(summary) })
    .where('id', '=', session.id)
    .execute();
  await ctx.trx
    .updateTable('poker_rounds')
    .set({ state: 'abandoned' })
    .where('session_id', '=', session.id)
    .where('state', 'in', ['voting', 'revealed'])
    .execute();
  await appendEvent(ctx, {
    productId: product.id,
    kind: 'refinement.ended',
    data: { sessionId: session.id, summary },
  });
  return { ...session, state: 'ended', endedAt: now, summary };
}
