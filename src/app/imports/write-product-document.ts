import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PersonRef, ProductDocument } from '../../domain/product-document.ts';

/**
 * The inserts of an imported product's contents, in bulk, each row keeping its times. Ids are
 * made here, so that what refers to a row (a link, a vote) is written without reading it back.
 */

type Db = Kysely<DB>;

/** How the document's people and items are known here. */
export interface Matches {
  /** The person of this workspace with that email, if there is one. */
  person(ref: PersonRef | null): string | null;
  /** The new id of the document's item with that key. */
  item(key: string): string;
  /** Who wrote what an unmatched person wrote: the importing person. */
  importerId: string;
}

/** Bound parameters stay under PostgreSQL's 65,535 whatever the row's width. */
export async function insertAll<Table extends keyof DB>(db: Db, table: Table, rows: Insertable<DB[Table]>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let at = 0; at < rows.length; at += size) {
    // One helper for every table: each caller's rows are typed against its table.
    await db
      .insertInto(table)
      .values(rows.slice(at, at + size) as never)
      .execute();
  }
}

const signed = (ref: PersonRef) => `*${ref.name} (${ref.email}) wrote:*\n\n`;

/** The items, in the document's order, with their requesters, comments, links and watchers. */
export async function writeItems(
  db: Db,
  productId: string,
  productKey: string,
  items: ProductDocument['items'],
  matches: Matches,
): Promise<void> {
  await insertAll(
    db,
    'items',
    items.map((item) => ({
      id: matches.item(item.key),
      product_id: productId,
      number: item.number,
      key: `${productKey}-${item.number}`,
      type: item.type,
      title: item.title,
      problem: item.problem,
      serves: item.serves,
      outcome: item.outcome,
      acceptance_criteria: JSON.stringify(item.acceptanceCriteria),
      estimate: item.estimate,
      timebox_days: item.timeboxDays,
      deadline: item.deadline,
      tags: item.tags,
      status: item.status,
      hold_reason: item.holdReason,
      source: item.source,
      rank: item.rank,
      created_by: matches.person(item.createdBy),
      created_at: item.createdAt,
      updated_at: item.updatedAt,
      last_activity_at: item.lastActivityAt,
      archived_at: item.archivedAt,
      archive_reason: item.archiveReason,
      version: item.version,
      ready_checks: item.readyChecks,
      wsjf_business_value: item.wsjf.businessValue,
      wsjf_time_criticality: item.wsjf.timeCriticality,
      wsjf_risk_reduction: item.wsjf.riskReduction,
      wsjf_job_size: item.wsjf.jobSize,
      rice_reach: item.rice.reach,
      rice_impact: item.rice.impact,
      rice_confidence: item.rice.confidence,
      rice_effort: item.rice.effort,
      moscow: item.moscow,
    })),
  );
  const each = <Row>(rows: (item: ProductDocument['items'][number], id: string) => Row[]) =>
    items.flatMap((item) => rows(item, matches.item(item.key)));
  await insertAll(
    db,
    'item_requesters',
    each((item, id) =>
      item.requesters.map((requester) => ({
        item_id: id,
        name: requester.name,
        email: requester.email,
        person_id: requester.email ? matches.person({ email: requester.email, name: requester.name }) : null,
        source: requester.source,
        created_at: requester.createdAt,
      })),
    ),
  );
  await insertAll(
    db,
    'comments',
    each((item, id) =>
      item.comments.map((comment) => {
        const author = matches.person(comment.author);
        return {
          item_id: id,
          author_id: author ?? matches.importerId,
          body: author ? comment.body : signed(comment.author) + comment.body,
          created_at: comment.createdAt,
        };
      }),
    ),
  );
  await insertAll(
    db,
    'item_links',
    each((item, id) =>
      item.links.map((link) => ({
        from_item_id: id,
        to_item_id: matches.item(link.to),
        kind: link.kind,
        created_at: link.createdAt,
      })),
    ),
  );
  await insertAll(
    db,
    'watchers',
    each((item, id) =>
      item.watchers.flatMap((watcher) => {
        const person = matches.person(watcher.person);
        return person ? [{ item_id: id, person_id: person, created_at: watcher.since }] : [];
      }),
    ),
  );
}

export async function writeSprints(
  db: Db,
  productId: string,
  sprints: ProductDocument['sprints'],
  matches: Matches,
) {
  const ids = sprints.map(() => randomUUID());
  await insertAll(
    db,
    'sprints',
    sprints.map((sprint, i) => ({
      id: ids[i],
      product_id: productId,
      number: sprint.number,
      name: sprint.name,
      goal: sprint.goal,
      starts_on: sprint.startsOn,
      ends_on: sprint.endsOn,
      capacity_points: sprint.capacityPoints,
      state: sprint.state,
      activated_at: sprint.activatedAt,
      closed_at: sprint.closedAt,
      committed_points: sprint.committedPoints,
      completed_points: sprint.completedPoints,
      summary: sprint.summary && JSON.stringify(sprint.summary),
      created_at: sprint.createdAt,
    })),
  );
  await insertAll(
    db,
    'sprint_items',
    sprints.flatMap((sprint, i) =>
      sprint.items.map((entry) => ({
        sprint_id: ids[i] as string,
        item_id: matches.item(entry.item),
        board_rank: entry.boardRank,
        is_current: entry.isCurrent,
        added_at: entry.addedAt,
        estimate_at_commit: entry.estimateAtCommit,
        outcome: entry.outcome,
      })),
    ),
  );
}

export async function writeReleases(
  db: Db,
  productId: string,
  releases: ProductDocument['releases'],
  matches: Matches,
) {
  const ids = releases.map(() => randomUUID());
  await insertAll(
    db,
    'releases',
    releases.map((release, i) => ({
      id: ids[i],
      product_id: productId,
      name: release.name,
      target_date: release.targetDate,
      shipped_on: release.shippedOn,
      created_at: release.createdAt,
    })),
  );
  await insertAll(
    db,
    'release_items',
    releases.flatMap((release, i) =>
      release.items.map((entry) => ({
        release_id: ids[i] as string,
        item_id: matches.item(entry.item),
        added_at: entry.addedAt,
        removed_at: entry.removedAt,
      })),
    ),
  );
}

export async function writeSessions(
  db: Db,
  productId: string,
  sessions: ProductDocument['refinementSessions'],
  matches: Matches,
) {
  const ids = sessions.map(() => randomUUID());
  await insertAll(
    db,
    'refinement_sessions',
    sessions.map((session, i) => ({
      id: ids[i],
      product_id: productId,
      number: session.number,
      scheduled_for: session.scheduledFor,
      state: session.state,
      started_at: session.startedAt,
      ended_at: session.endedAt,
      summary: session.summary && JSON.stringify(session.summary),
      created_by: matches.person(session.createdBy),
      created_at: session.createdAt,
    })),
  );
  const inSession = <Row>(rows: (session: (typeof sessions)[number], id: string) => Row[]) =>
    sessions.flatMap((session, i) => rows(session, ids[i] as string));
  await insertAll(
    db,
    'refinement_agenda',
    inSession((session, id) =>
      session.agenda.map((entry) => ({
        session_id: id,
        item_id: matches.item(entry.item),
        position: entry.position,
        notes: entry.notes,
        outcome: entry.outcome,
        ready_at_start: entry.readyAtStart,
      })),
    ),
  );
  await insertAll(
    db,
    'refinement_attendees',
    inSession((session, id) =>
      session.attendees.flatMap((attendee) => {
        const person = matches.person(attendee.person);
        return person ? [{ session_id: id, person_id: person, joined_at: attendee.joinedAt }] : [];
      }),
    ),
  );
  const rounds = inSession((session, id) =>
    session.pokerRounds.map((round) => ({ round, id: randomUUID(), session: id })),
  );
  await insertAll(
    db,
    'poker_rounds',
    rounds.map(({ round, id, session }) => ({
      id,
      session_id: session,
      item_id: matches.item(round.item),
      deck: round.deck,
      state: round.state,
      agreed_estimate: round.agreedEstimate,
      created_at: round.createdAt,
      revealed_at: round.revealedAt,
    })),
  );
  await insertAll(
    db,
    'poker_votes',
    rounds.flatMap(({ round, id }) =>
      round.votes.flatMap((vote) => {
        const person = matches.person(vote.person);
        return person ? [{ round_id: id, person_id: person, card: vote.card, voted_at: vote.votedAt }] : [];
      }),
    ),
  );
}

/** The product's history as it was recorded there: kinds and data as they are, oldest first. */
export async function writeEvents(
  db: Db,
  product: { id: string; workspaceId: string },
  events: ProductDocument['events'],
  matches: Matches,
) {
  await insertAll(
    db,
    'events',
    events.map((event) => ({
      workspace_id: product.workspaceId,
      product_id: product.id,
      item_id: event.item ? matches.item(event.item) : null,
      actor_id: matches.person(event.actor),
      kind: event.kind,
      data: JSON.stringify(event.data),
      created_at: event.createdAt,
      copied: true,
    })),
  );
}
