import type { Request } from '../app/intake/request-queries.ts';
import type { RequestStatus } from '../app/intake/request-status.ts';
import type { ScoreOrderEntry } from '../app/refinement/order-by-score.ts';
import type { PokerRoundView } from '../app/refinement/poker.ts';
import type { SessionView } from '../app/refinement/run-session.ts';
import type { RefinementSession } from '../app/refinement/session-queries.ts';
import type { Sprint } from '../app/sprints/sprint-queries.ts';
import type { InboxEntry } from '../app/triage/triage-inbox.ts';
import { itemStatusLabels } from '../domain/item.ts';
import { ageInDays, requestStateLabels } from '../domain/request.ts';
import { presentItem } from './routes/items.schema.ts';

export function presentRequest(request: Request) {
  return {
    key: request.key,
    source: request.source,
    channel: request.channel,
    title: request.title,
    problem: request.problem,
    requester: {
      name: request.requester.name,
      email: request.requester.email,
      hasAccount: request.requester.personId !== null,
    },
    accountsAffected: request.accountsAffected,
    dealValue: request.dealValue,
    urgency: request.urgency,
    state: request.state,
    decisionNote: request.decisionNote,
    createdAt: request.createdAt,
    triagedAt: request.triagedAt,
    version: request.version,
  };
}

export function presentInboxEntry(entry: InboxEntry, now: Date) {
  return {
    ...presentRequest(entry),
    ageDays: ageInDays(entry.createdAt, now),
    suggestions: entry.suggestions.map((s) => ({
      kind: s.kind,
      key: s.key,
      title: s.title,
      status: s.status,
      score: s.score,
    })),
    messages: entry.messages.map((m) => ({
      from: m.fromRequester ? 'requester' : 'team',
      body: m.body,
      at: m.at,
    })),
  };
}

/** The status page: only what the requester may see (see RequestStatus). */
export function presentRequestStatus(status: RequestStatus) {
  return {
    key: status.key,
    product: status.productName,
    title: status.title,
    problem: status.problem,
    state: status.state,
    stateLabel: requestStateLabels[status.state],
    decisionNote: status.decisionNote,
    submittedAt: status.submittedAt,
    messages: status.messages.map((m) => ({
      from: m.fromRequester ? 'you' : 'team',
      body: m.body,
      at: m.at,
    })),
    item: status.item
      ? {
          title: status.item.title,
          status: status.item.status,
          statusLabel: itemStatusLabels[status.item.status],
        }
      : null,
  };
}

export function presentSession(session: RefinementSession) {
  return {
    id: session.id,
    number: session.number,
    scheduledFor: session.scheduledFor,
    state: session.state,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    summary: session.summary,
  };
}

export function presentPokerRound(round: PokerRoundView) {
  return {
    id: round.id,
    itemKey: round.itemKey,
    itemTitle: round.itemTitle,
    deck: round.deck,
    state: round.state,
    agreedEstimate: round.agreedEstimate,
    votes: round.votes.map((vote) => ({ name: vote.name, card: vote.card })),
    myCard: round.myCard,
    summary: round.summary,
  };
}

export function presentSessionView(view: SessionView) {
  return {
    ...presentSession(view.session),
    productKey: view.productKey,
    agenda: view.agenda.map((entry) => ({
      item: presentItem(entry.item),
      notes: entry.notes,
      outcome: entry.outcome,
      readyAtStart: entry.readyAtStart,
      isReady: entry.isReady,
      lacks: entry.lacks,
    })),
    attendees: view.attendees.map((attendee) => ({ name: attendee.name })),
    poker: view.poker ? presentPokerRound(view.poker) : null,
  };
}

export function presentSprint(sprint: Sprint) {
  return {
    id: sprint.id,
    number: sprint.number,
    name: sprint.name,
    goal: sprint.goal,
    startsOn: sprint.startsOn,
    endsOn: sprint.endsOn,
    capacityPoints: sprint.capacityPoints,
    state: sprint.state,
    activatedAt: sprint.activatedAt,
    closedAt: sprint.closedAt,
    committedPoints: sprint.committedPoints,
    completedPoints: sprint.completedPoints,
    summary: sprint.summary,
  };
}

export function presentScoreOrderEntry(entry: ScoreOrderEntry) {
  return {
    key: entry.key,
    title: entry.title,
    score: entry.score,
    from: entry.from,
    to: entry.to,
    moves: entry.moves,
    after: entry.after,
  };
}
