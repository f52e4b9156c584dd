import { z } from 'zod';
import type { Forecast } from '../../app/sprints/forecast.ts';
import type { CommitResult, SprintProposal } from '../../app/sprints/plan-sprint.ts';
import type { Roadmap, RoadmapEntry } from '../../app/sprints/roadmap.ts';
import type { BoardCard } from '../../app/sprints/run-sprint.ts';
import type { Sprint } from '../../app/sprints/sprint-queries.ts';
import { itemStatuses, itemTypes, limits } from '../../domain/item.ts';
import { calendarDay, day, itemKey, text, timestamp } from '../fields.ts';
import { itemSchema, presentItem } from './items.schema.ts';

/** Sprints on the wire: planning, the board, closing, forecast and roadmap. */

const sprintId = z.uuid('not a sprint id');
export const sprintIdParam = z.object({ sprintId });

export const createSprintBody = z
  .strictObject({
    name: text(100).optional().describe('“Sprint N” if left out'),
    goal: text(2_000).optional(),
    startsOn: day,
    endsOn: day,
    capacityPoints: z.int('must be a whole number').min(0).max(10_000),
  })
  .refine((body) => body.endsOn >= body.startsOn, {
    path: ['endsOn'],
    message: 'a sprint ends on or after the day it starts',
  });
export const commitBody = z.strictObject({ itemKeys: z.array(itemKey).min(1).max(200) });
export const returnBody = z.strictObject({
  itemKey,
  toTop: z.boolean().optional().describe('To the top of the backlog, rather than where it was'),
});
export const moveCardBody = z
  .strictObject({
    itemKey,
    status: z.enum(itemStatuses),
    holdReason: text(limits.holdReasonLength).nullish(),
    before: itemKey.optional(),
    after: itemKey.optional(),
  })
  .refine((body) => !(body.before && body.after), {
    message: 'give before or after, not both',
    path: ['after'],
  });
export const closeSprintBody = z.strictObject({
  unfinished: z.discriminatedUnion('to', [
    z.strictObject({ to: z.literal('backlog'), place: z.enum(['top', 'where_it_was']) }),
    z.strictObject({ to: z.literal('sprint'), sprintId }),
  ]),
});
export const releaseNotesQuery = z
  .strictObject({
    sprint: sprintId.optional(),
    release: z.uuid('not a release id').optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((query) => query.sprint || query.release || (query.from && query.to), {
    message: 'give sprint, release, or from and to',
    path: ['sprint'],
  });

// What the routes answer.

const itemsAndPoints = z.object({ items: z.int(), points: z.int() });

export const sprintSchema = z
  .object({
    id: z.string(),
    number: z.int(),
    name: z.string(),
    goal: z.string(),
    startsOn: calendarDay,
    endsOn: calendarDay,
    capacityPoints: z.int(),
    state: z.enum(['planned', 'active', 'closed']),
    activatedAt: timestamp.nullable(),
    closedAt: timestamp.nullable(),
    committedPoints: z.int().nullable().describe('Set when the sprint closes'),
    completedPoints: z.int().nullable().describe('Set when the sprint closes: its velocity'),
    summary: z
      .object({
        committed: itemsAndPoints,
        done: itemsAndPoints,
        returned: z.array(z.string()).describe('The keys given back to the product backlog'),
        carriedOver: z.array(z.string()).describe('The keys carried into another sprint'),
      })
      .nullable()
      .describe('Recorded when the sprint closes'),
  })
  .meta({ id: 'Sprint', description: 'A sprint: its goal, dates and capacity, and how it ended' });

export const sprintProposalSchema = z
  .object({
    proposed: z
      .array(z.string())
      .describe('The ready items from the top, in order, that fit the capacity left'),
    points: z.int().describe('The points of those proposed'),
    skipped: z
      .array(z.object({ key: z.string(), reason: z.enum(['not_ready', 'no_estimate', 'does_not_fit']) }))
      .describe('Items at the top passed over, with why'),
    capacity: z.int(),
    alreadyCommitted: z.int().describe('The points already committed to the sprint'),
  })
  .meta({ id: 'SprintProposal', description: 'What sprint planning proposes to commit' });

export const commitmentSchema = z
  .object({
    committed: z.array(z.string()),
    warnings: z
      .array(z.object({ key: z.string(), lacks: z.array(z.string()) }))
      .describe('Items taken in although not ready (the product warns rather than refuses)'),
  })
  .meta({ id: 'Commitment', description: 'The items committed to a sprint' });

export const sprintBoardSchema = z
  .object({ sprint: sprintSchema, cards: z.array(itemSchema).describe('In the sprint’s own order') })
  .meta({ id: 'SprintBoard', description: 'A sprint and its cards' });

export const forecastSchema = z
  .object({
    velocity: z
      .number()
      .nullable()
      .describe('Points per sprint: the mean of the last three closed sprints, or the product’s setting'),
    basis: z.enum(['history', 'setting', 'none']).describe('Where the velocity comes from'),
    unestimatedPoints: z
      .number()
      .describe('What an item without an estimate counts as: the median of the estimates given'),
    boundaries: z.array(
      z.object({
        sprint: z.int().describe('1 for the coming sprint, 2 for the one after…'),
        afterKey: z.string().describe('The last item likely to fit in that sprint'),
        points: z.number(),
      }),
    ),
  })
  .meta({ id: 'Forecast', description: 'Where coming sprints are likely to end in the product backlog' });

const roadmapEntries = z.array(
  z.object({ key: z.string(), title: z.string(), type: z.enum(itemTypes), status: z.enum(itemStatuses) }),
);

export const roadmapSchema = z
  .object({
    now: roadmapEntries.describe('What the active sprint holds'),
    next: roadmapEntries.describe('The backlog up to where the next two sprints are forecast to end'),
    later: roadmapEntries.describe('The rest of the top of the backlog'),
  })
  .meta({ id: 'Roadmap', description: 'Now, next and later, generated from the order' });

export function presentSprint(sprint: Sprint): z.input<typeof sprintSchema> {
  const { summary } = sprint;
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
    summary: summary && {
      committed: { items: summary.committed.items, points: summary.committed.points },
      done: { items: summary.done.items, points: summary.done.points },
      returned: summary.returned,
      carriedOver: summary.carriedOver,
    },
  };
}

export function presentSprintProposal(proposal: SprintProposal): z.input<typeof sprintProposalSchema> {
  return {
    proposed: proposal.proposed,
    points: proposal.points,
    skipped: proposal.skipped.map((skip) => ({ key: skip.key, reason: skip.reason })),
    capacity: proposal.capacity,
    alreadyCommitted: proposal.alreadyCommitted,
  };
}

export function presentCommitment(result: CommitResult): z.input<typeof commitmentSchema> {
  return {
    committed: result.committed,
    warnings: result.warnings.map((warning) => ({ key: warning.key, lacks: warning.lacks })),
  };
}

export function presentSprintBoard(board: {
  sprint: Sprint;
  cards: BoardCard[];
}): z.input<typeof sprintBoardSchema> {
  return { sprint: presentSprint(board.sprint), cards: board.cards.map((card) => presentItem(card.item)) };
}

export function presentForecast(forecast: Forecast): z.input<typeof forecastSchema> {
  return {
    velocity: forecast.velocity,
    basis: forecast.basis,
    unestimatedPoints: forecast.unestimatedPoints,
    boundaries: forecast.boundaries.map((boundary) => ({
      sprint: boundary.sprint,
      afterKey: boundary.afterKey,
      points: boundary.points,
    })),
  };
}

const presentRoadmapEntry = (entry: RoadmapEntry) => ({
  key: entry.key,
  title: entry.title,
  type: entry.type,
  status: entry.status,
});

export function presentRoadmap(roadmap: Roadmap): z.input<typeof roadmapSchema> {
  return {
    now: roadmap.now.map(presentRoadmapEntry),
    next: roadmap.next.map(presentRoadmapEntry),
    later: roadmap.later.map(presentRoadmapEntry),
  };
}
