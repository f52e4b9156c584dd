import { z } from 'zod';
import type { CommitmentCheck } from '../../app/refinement/commitment-check.ts';
import type { ScoreOrderEntry } from '../../app/refinement/order-by-score.ts';
import type { SessionView } from '../../app/refinement/run-session.ts';
import type { RefinementSession } from '../../app/refinement/session-queries.ts';
import { limits } from '../../domain/item.ts';
import { refinementOutcomes } from '../../domain/refinement.ts';
import { changeOf, instant, itemKey, requiredText, text, timestamp } from '../fields.ts';
import { acceptanceCriterion, estimate, itemSchema, presentItem, readinessSchema } from './items.schema.ts';
import { pokerRoundSchema, presentPokerRound } from './poker.schema.ts';

/** Refinement on the wire: ordering by score, sessions and their agenda, splitting, commitment. */

export const sessionIdParam = z.object({ sessionId: z.uuid('not a session id') });

const scoreKind = z.enum(['wsjf', 'rice']);
export const scoreOrderQuery = z.strictObject({ by: scoreKind });
export const applyScoreOrderBody = z.strictObject({
  by: scoreKind,
  keys: z
    .array(itemKey)
    .max(10_000)
    .optional()
    .describe('The items to move to their proposed places; all that must move if left out'),
});

const itemKeys = z.array(itemKey).max(50);
export const scheduleSessionBody = z.strictObject({
  scheduledFor: instant.optional(),
  itemKeys: itemKeys.optional().describe('The agenda; proposed from the top of the backlog if left out'),
});
export const agendaBody = z.strictObject({ itemKeys });
export const agendaNoteBody = changeOf(
  z.strictObject({ notes: text(limits.textLength), outcome: z.enum(refinementOutcomes).nullable() }),
  'give notes or an outcome',
);

export const splitBody = z.strictObject({
  parts: z
    .array(
      z.strictObject({
        title: requiredText(limits.titleLength),
        problem: text(limits.textLength).optional(),
        acceptanceCriteria: z.array(acceptanceCriterion).max(limits.criteriaCount).optional(),
        estimate: estimate.optional(),
      }),
    )
    .min(2, 'split into at least two parts')
    .max(10)
    .describe('The first part keeps the item (its key and history); each other becomes a new item below it'),
});

// What the routes answer.

export const scoreOrderEntrySchema = z
  .object({
    key: z.string(),
    title: z.string(),
    score: z.number().nullable().describe('Null when the item lacks a part of the score'),
    from: z.int().describe('Its place now, from 0'),
    to: z.int().describe('Its place in the proposed order, from 0'),
    moves: z
      .boolean()
      .describe('Whether it must move for the order to become the proposed one (few as can be)'),
    after: z.string().nullable().describe('Where it goes: right after this item, or at the top when null'),
  })
  .meta({ id: 'ScoreOrderEntry', description: 'An item’s place now and in the order a score proposes' });

export const scoreOrderAppliedSchema = z.object({
  moved: z.array(z.string()).describe('The keys of the items moved, in the order they moved'),
});

const outcomeCounts = z.object(
  Object.fromEntries(refinementOutcomes.map((outcome) => [outcome, z.int().optional()])) as Record<
    (typeof refinementOutcomes)[number],
    z.ZodOptional<z.ZodInt>
  >,
);

export const sessionSchema = z
  .object({
    id: z.string(),
    number: z.int(),
    scheduledFor: timestamp,
    state: z.enum(['planned', 'running', 'ended']),
    startedAt: timestamp.nullable(),
    endedAt: timestamp.nullable(),
    summary: z
      .object({
        discussed: z.int(),
        outcomes: outcomeCounts.describe('How many agenda items had each outcome'),
        nowReady: z.int().describe('Agenda items not ready at the start, and ready now'),
        readyPoints: z.int(),
        sprintsOfReadyWork: z
          .number()
          .nullable()
          .describe('Ready points over the velocity; null without one'),
      })
      .nullable()
      .describe('Recorded when the session ends'),
  })
  .meta({ id: 'Session', description: 'A refinement session' });

export const sessionViewSchema = sessionSchema
  .extend({
    productKey: z.string(),
    agenda: z.array(
      z.object({
        item: itemSchema,
        notes: z.string(),
        outcome: z.enum(refinementOutcomes).nullable(),
        readyAtStart: z.boolean(),
        isReady: z.boolean(),
        lacks: readinessSchema.shape.lacks,
      }),
    ),
    attendees: z.array(z.object({ name: z.string() })),
    poker: pokerRoundSchema.nullable().describe('The open poker round, if any'),
  })
  .meta({ id: 'SessionView', description: 'A session as everyone in it sees it: agenda, attendees, poker' });

export const commitmentCheckSchema = z
  .object({
    isReady: z.boolean(),
    lacks: readinessSchema.shape.lacks,
    isRefused: z
      .boolean()
      .describe('Not ready, and the product refuses unready items in a sprint (else it only warns)'),
  })
  .meta({ id: 'CommitmentCheck', description: 'Whether an item may be committed to a sprint' });

export function presentScoreOrderEntry(entry: ScoreOrderEntry): z.input<typeof scoreOrderEntrySchema> {
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

export function presentSession(session: RefinementSession): z.input<typeof sessionSchema> {
  return {
    id: session.id,
    number: session.number,
    scheduledFor: session.scheduledFor,
    state: session.state,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    summary: session.summary && {
      discussed: session.summary.discussed,
      outcomes: session.summary.outcomes,
      nowReady: session.summary.nowReady,
      readyPoints: session.summary.readyPoints,
      sprintsOfReadyWork: session.summary.sprintsOfReadyWork,
    },
  };
}

export function presentSessionView(view: SessionView): z.input<typeof sessionViewSchema> {
  return {
    ...presentSession(view.session),
    productKey: view.productKey,
    agenda: view.agenda.map((entry) => ({
      item: presentItem(entry.item),
      notes: entry.notes,
      outcome: entry.outcome,
      readyAtStart: entry.readyAtStart,
      isReady: entry.isReady,
      lacks: entry.lacks.map((lack) => ({ check: lack.check, label: lack.label })),
    })),
    attendees: view.attendees.map((attendee) => ({ name: attendee.name })),
    poker: view.poker && presentPokerRound(view.poker),
  };
}

export function presentCommitmentCheck(check: CommitmentCheck): z.input<typeof commitmentCheckSchema> {
  return {
    isReady: check.isReady,
    lacks: check.lacks.map((lack) => ({ check: lack.check, label: lack.label })),
    isRefused: check.isRefused,
  };
}
