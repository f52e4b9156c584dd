import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DocumentItem, PersonRef, ProductDocument } from '../../domain/product-document.ts';
import { itemColumns, toItem } from '../items/item-queries.ts';

/**
 * The reads behind a product's document: a page of items with everything attached to them, and
 * the product's sprints, releases, refinement sessions and events, each as the document holds it.
 */

type Db = Kysely<DB>;

/** People by id, as the document names them: by email and name. */
export type People = Map<string, PersonRef>;

export async function peopleOf(db: Db, workspaceId: string): Promise<People> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'email', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((row) => [row.id, { email: row.email, name: row.name }]));
}

const iso = (moment: Date) => moment.toISOString();
const isoOrNull = (moment: Date | null) => (moment ? moment.toISOString() : null);

/** A person the document names; one unknown here (it cannot be: a foreign key) would be a bug. */
function personIn(people: People, id: string): PersonRef {
  const person = people.get(id);
  if (!person) throw new Error(`person ${id} is not in the workspace`);
  return person;
}

const personOrNull = (people: People, id: string | null) => (id ? personIn(people, id) : null);

/** Rows grouped by their item. */
function byItem<Row extends { item_id: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.item_id, [...(groups.get(row.item_id) ?? []), row]);
  return groups;
}

/** The page of items after `afterRank` (in rank order), with their requesters, comments, links and watchers. */
export async function documentItemsAfter(
  db: Db,
  productId: string,
  afterRank: string | null,
  limit: number,
  people: People,
): Promise<DocumentItem[]> {
  const rows = await db
    .selectFrom('items')
    .select(itemColumns)
    .where('items.product_id', '=', productId)
    .$if(afterRank !== null, (query) => query.where('items.rank', '>', afterRank as string))
    .orderBy(({ ref }) => ref('items.rank'))
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [requesters, comments, links, watchers] = await Promise.all([
    db
      .selectFrom('item_requesters')
      .selectAll()
      .where('item_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('name')
      .orderBy('email')
      .execute(),
    db
      .selectFrom('comments')
      .innerJoin('people', 'people.id', 'comments.author_id')
      .selectAll('comments')
      .where('comments.item_id', 'in', ids)
      .orderBy('comments.created_at')
      .orderBy('people.email')
      .orderBy('comments.body')
      .execute(),
    db
      .selectFrom('item_links')
      .innerJoin('items', 'items.id', 'item_links.to_item_id')
      .select(['item_links.from_item_id as item_id', 'item_links.kind', 'items.key', 'item_links.created_at'])
      .where('item_links.from_item_id', 'in', ids)
      .orderBy('item_links.created_at')
      .orderBy('items.key')
      .orderBy('item_links.kind')
      .execute(),
    db
      .selectFrom('watchers')
      .innerJoin('people', 'people.id', 'watchers.person_id')
      .selectAll('watchers')
      .where('watchers.item_id', 'in', ids)
      .orderBy('watchers.created_at')
      .orderBy('people.email')
      .execute(),
  ]);
  const requestersOf = byItem(requesters);
  const commentsOf = byItem(comments);
  const linksOf = byItem(links);
  const watchersOf = byItem(watchers);
  return rows.map((row) => {
    const {
      id,
      productId: _,
      createdBy,
      createdAt,
      updatedAt,
      lastActivityAt,
      archivedAt,
      ...item
    } = toItem(row);
    return {
      ...item,
      createdBy: personOrNull(people, createdBy),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      lastActivityAt: iso(lastActivityAt),
      archivedAt: isoOrNull(archivedAt),
      rice: { ...item.rice, impact: item.rice.impact as DocumentItem['rice']['impact'] },
      requesters: (requestersOf.get(id) ?? []).map((r) => ({
        name: r.name,
        email: r.email,
        source: r.source,
        createdAt: iso(r.created_at),
      })),
      comments: (commentsOf.get(id) ?? []).map((c) => ({
        author: personIn(people, c.author_id),
        body: c.body,
        createdAt: iso(c.created_at),
      })),
      links: (linksOf.get(id) ?? []).map((l) => ({ kind: l.kind, to: l.key, createdAt: iso(l.created_at) })),
      watchers: (watchersOf.get(id) ?? []).map((w) => ({
        person: personIn(people, w.person_id),
        since: iso(w.created_at),
      })),
    };
  });
}

export async function documentSprints(db: Db, productId: string): Promise<ProductDocument['sprints']> {
  const [sprints, entries] = await Promise.all([
    db.selectFrom('sprints').selectAll().where('product_id', '=', productId).orderBy('number').execute(),
    db
      .selectFrom('sprint_items')
      .innerJoin('sprints', 'sprints.id', 'sprint_items.sprint_id')
      .innerJoin('items', 'items.id', 'sprint_items.item_id')
      .select([
        'sprint_items.sprint_id',
        'items.key',
        'sprint_items.board_rank',
        'sprint_items.is_current',
        'sprint_items.added_at',
        'sprint_items.estimate_at_commit',
        'sprint_items.outcome',
      ])
      .where('sprints.product_id', '=', productId)
      .orderBy(({ ref }) => ref('sprint_items.board_rank'))
      .orderBy('items.key')
      .execute(),
  ]);
  return sprints.map((sprint) => ({
    number: sprint.number,
    name: sprint.name,
    goal: sprint.goal,
    startsOn: sprint.starts_on,
    endsOn: sprint.ends_on,
    capacityPoints: sprint.capacity_points,
    state: sprint.state,
    activatedAt: isoOrNull(sprint.activated_at),
    closedAt: isoOrNull(sprint.closed_at),
    committedPoints: sprint.committed_points,
    completedPoints: sprint.completed_points,
    summary: sprint.summary,
    createdAt: iso(sprint.created_at),
    items: entries
      .filter((entry) => entry.sprint_id === sprint.id)
      .map((entry) => ({
        item: entry.key,
        boardRank: entry.board_rank,
        isCurrent: entry.is_current,
        addedAt: iso(entry.added_at),
        estimateAtCommit: entry.estimate_at_commit,
        outcome: entry.outcome,
      })),
  }));
}

export async function documentReleases(db: Db, productId: string): Promise<ProductDocument['releases']> {
  const [releases, entries] = await Promise.all([
    db
      .selectFrom('releases')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('release_items')
      .innerJoin('releases', 'releases.id', 'release_items.release_id')
      .innerJoin('items', 'items.id', 'release_items.item_id')
      .select(['release_items.release_id', 'items.key', 'release_items.added_at', 'release_items.removed_at'])
      .where('releases.product_id', '=', productId)
      .orderBy('release_items.added_at')
      .orderBy('items.key')
      .execute(),
  ]);
  return releases.map((release) => ({
    name: release.name,
    targetDate: release.target_date,
    shippedOn: release.shipped_on,
    createdAt: iso(release.created_at),
    items: entries
      .filter((entry) => entry.release_id === release.id)
      .map((entry) => ({
        item: entry.key,
        addedAt: iso(entry.added_at),
        removedAt: isoOrNull(entry.removed_at),
      })),
  }));
}

export async function documentSessions(
  db: Db,
  productId: string,
  people: People,
): Promise<ProductDocument['refinementSessions']> {
  const inProduct = db.selectFrom('refinement_sessions').select('id').where('product_id', '=', productId);
  const [sessions, agenda, attendees, rounds, votes] = await Promise.all([
    db
      .selectFrom('refinement_sessions')
      .selectAll()
      .where('product_id', '=', productId)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('refinement_agenda')
      .innerJoin('items', 'items.id', 'refinement_agenda.item_id')
      .select([
        'refinement_agenda.session_id',
        'items.key',
        'refinement_agenda.position',
        'refinement_agenda.notes',
        'refinement_agenda.outcome',
        'refinement_agenda.ready_at_start',
      ])
      .where('refinement_agenda.session_id', 'in', inProduct)
      .orderBy('refinement_agenda.position')
      .orderBy('items.key')
      .execute(),
    db
      .selectFrom('refinement_attendees')
      .innerJoin('people', 'people.id', 'refinement_attendees.person_id')
      .selectAll('refinement_attendees')
      .where('refinement_attendees.session_id', 'in', inProduct)
      .orderBy('refinement_attendees.joined_at')
      .orderBy('people.email')
      .execute(),
    db
      .selectFrom('poker_rounds')
      .innerJoin('items', 'items.id', 'poker_rounds.item_id')
      .selectAll('poker_rounds')
      .select('items.key')
      .where('poker_rounds.session_id', 'in', inProduct)
      .orderBy('poker_rounds.created_at')
      .orderBy('items.key')
      .execute(),
    db
      .selectFrom('poker_votes')
      .innerJoin('poker_rounds', 'poker_rounds.id', 'poker_votes.round_id')
      .innerJoin('people', 'people.id', 'poker_votes.person_id')
      .selectAll('poker_votes')
      .where('poker_rounds.session_id', 'in', inProduct)
      .orderBy('poker_votes.voted_at')
      .orderBy('people.email')
      .execute(),
  ]);
  return sessions.map((session) => ({
    number: session.number,
    scheduledFor: iso(session.scheduled_for),
    state: session.state,
    startedAt: isoOrNull(session.started_at),
    endedAt: isoOrNull(session.ended_at),
    summary: session.summary,
    createdBy: personOrNull(people, session.created_by),
    createdAt: iso(session.created_at),
    agenda: agenda
      .filter((entry) => entry.session_id === session.id)
      .map((entry) => ({
        item: entry.key,
        position: entry.position,
        notes: entry.notes,
        outcome: entry.outcome,
        readyAtStart: entry.ready_at_start,
      })),
    attendees: attendees
      .filter((attendee) => attendee.session_id === session.id)
      .map((attendee) => ({
        person: personIn(people, attendee.person_id),
        joinedAt: iso(attendee.joined_at),
      })),
    pokerRounds: rounds
      .filter((round) => round.session_id === session.id)
      .map((round) => ({
        item: round.key,
        deck: round.deck,
        state: round.state,
        agreedEstimate: round.agreed_estimate,
        createdAt: iso(round.created_at),
        revealedAt: isoOrNull(round.revealed_at),
        votes: votes
          .filter((vote) => vote.round_id === round.id)
          .map((vote) => ({
            person: personIn(people, vote.person_id),
            card: vote.card,
            votedAt: iso(vote.voted_at),
          })),
      })),
  }));
}

/** An event of the document, with its id here to page on. */
export interface DocumentEvent {
  id: string;
  event: ProductDocument['events'][number];
}

/** The product's events after `afterId`, oldest first, as the document holds them (and each one's id, to page on). */
export async function documentEventsAfter(
  db: Db,
  productId: string,
  afterId: string | null,
  limit: number,
  people: People,
): Promise<DocumentEvent[]> {
  const rows = await db
    .selectFrom('events')
    .leftJoin('items', 'items.id', 'events.item_id')
    .select(['events.id', 'events.kind', 'items.key', 'events.actor_id', 'events.data', 'events.created_at'])
    .where('events.product_id', '=', productId)
    .$if(afterId !== null, (query) => query.where('events.id', '>', afterId as string))
    .orderBy('events.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    event: {
      kind: row.kind,
      item: row.key,
      actor: personOrNull(people, row.actor_id),
      data: row.data,
      createdAt: iso(row.created_at),
    },
  }));
}
