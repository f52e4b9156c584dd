import { z } from 'zod';
import type { CustodianView, Signal } from '../../app/custodian/custodian-view.ts';
import { signalNames } from '../../app/custodian/custodian-view.ts';
import type { StaleCandidate, StaleRun } from '../../app/custodian/stale-rule.ts';
import { archiveReasons } from '../../app/items/archive-item.ts';
import type { Health, HealthPart } from '../../domain/health.ts';
import { itemStatuses, limits } from '../../domain/item.ts';
import { calendarDay, itemKey, requiredText, text, timestamp } from '../fields.ts';

/** The custodian's day on the wire: hygiene signals, health, the stale rule, bulk fixes. */

export const healthQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(366).default(90) });
export const staleApplyBody = z.strictObject({
  keep: z.array(itemKey).max(10_000).optional().describe('Stale items to leave as they are'),
});
export const staleRunParam = z.object({ runId: z.uuid('not a stale run id') });
const tag = requiredText(limits.tagLength);
export const bulkUpdateBody = z.strictObject({
  keys: z.array(itemKey).min(1).max(500),
  change: z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('tag'), tag }),
    z.strictObject({ action: z.literal('untag'), tag }),
    z.strictObject({
      action: z.literal('status'),
      status: z.enum(itemStatuses),
      holdReason: text(limits.holdReasonLength).optional(),
    }),
    z.strictObject({ action: z.literal('archive'), reason: z.enum(archiveReasons) }),
    z.strictObject({ action: z.literal('move'), to: z.enum(['top', 'bottom']) }),
    z.strictObject({ action: z.literal('refine') }),
  ]),
});

// What the routes answer.

const healthPartSchema = z.object({
  part: z.enum(['triage', 'tags', 'readiness', 'consistency', 'staleness', 'size']),
  score: z.number().describe('From 0 to 100'),
  weight: z.number().describe('Its share of the whole score'),
  detail: z.string().describe('What brings it down, in words'),
});

export const healthSchema = z
  .object({
    score: z.number().describe('From 0 to 100'),
    parts: z.array(healthPartSchema),
    isBloated: z.boolean().describe('Far more untouched items than the team delivers in a year'),
  })
  .meta({ id: 'Health', description: 'The backlog’s health score and what makes it' });

export const healthDaySchema = z
  .object({ day: calendarDay, score: z.number(), parts: z.array(healthPartSchema) })
  .meta({ id: 'HealthDay', description: 'The health score recorded on a day' });

export const custodianViewSchema = z
  .object({
    untriaged: z.object({
      count: z.int(),
      oldestDays: z.int().describe('Whole days the oldest has waited; 0 when none waits'),
      requests: z.array(z.object({ key: z.string(), title: z.string(), ageDays: z.int() })),
    }),
    signals: z.array(
      z.object({
        name: z.enum(signalNames),
        count: z.int(),
        items: z
          .array(
            z.object({
              key: z.string(),
              title: z.string(),
              status: z.enum(itemStatuses),
              lastActivityAt: timestamp,
              holdReason: z.string().nullable(),
              tags: z.array(z.string()),
            }),
          )
          .describe('The first hundred items behind it'),
      }),
    ),
    health: healthSchema,
  })
  .meta({
    id: 'CustodianView',
    description: 'What needs the custodian today, with the items behind each signal',
  });

export const staleCandidateSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    lastActivityAt: timestamp,
    why: z.string().describe('Why it qualifies, in words'),
  })
  .meta({ id: 'StaleCandidate', description: 'An item the stale rule would archive' });

export const staleAppliedSchema = z.object({
  runId: z.string().nullable().describe('The run, to undo it; null when nothing was stale'),
  archived: z.array(z.string()),
});

export const staleRunSchema = z
  .object({
    id: z.string(),
    runAt: timestamp,
    by: z.string().nullable().describe('Who ran it; null for the daily round'),
    archived: z.array(z.string()),
    undoneAt: timestamp.nullable(),
  })
  .meta({
    id: 'StaleRun',
    description: 'A run of the stale rule: what it archived, and whether it was undone',
  });

export const restoredSchema = z.object({ restored: z.array(z.string()) });
export const changedSchema = z.object({ changed: z.array(z.string()) });

const presentHealthPart = (part: HealthPart): z.input<typeof healthPartSchema> => ({
  part: part.part,
  score: part.score,
  weight: part.weight,
  detail: part.detail,
});

export function presentHealth(health: Health): z.input<typeof healthSchema> {
  return { score: health.score, parts: health.parts.map(presentHealthPart), isBloated: health.isBloated };
}

export function presentHealthDay(day: {
  day: string;
  score: number;
  parts: HealthPart[];
}): z.input<typeof healthDaySchema> {
  return { day: day.day, score: day.score, parts: day.parts.map(presentHealthPart) };
}

function presentSignal(signal: Signal) {
  return {
    name: signal.name,
    count: signal.count,
    items: signal.items.map((item) => ({
      key: item.key,
      title: item.title,
      status: item.status,
      lastActivityAt: item.lastActivityAt,
      holdReason: item.holdReason,
      tags: item.tags,
    })),
  };
}

export function presentCustodianView(view: CustodianView): z.input<typeof custodianViewSchema> {
  return {
    untriaged: {
      count: view.untriaged.count,
      oldestDays: view.untriaged.oldestDays,
      requests: view.untriaged.requests.map((r) => ({ key: r.key, title: r.title, ageDays: r.ageDays })),
    },
    signals: view.signals.map(presentSignal),
    health: presentHealth(view.health),
  };
}

export function presentStaleCandidate(candidate: StaleCandidate): z.input<typeof staleCandidateSchema> {
  return {
    key: candidate.key,
    title: candidate.title,
    lastActivityAt: candidate.lastActivityAt,
    why: candidate.why,
  };
}

export function presentStaleRun(run: StaleRun): z.input<typeof staleRunSchema> {
  return { id: run.id, runAt: run.runAt, by: run.by, archived: run.archived, undoneAt: run.undoneAt };
}
