import { z } from 'zod';
import { archiveReasons } from '../../app/items/archive-item.ts';
import type { Comment } from '../../app/items/comment-on-item.ts';
import type { ItemDetail } from '../../app/items/get-item.ts';
import type { HistoryEntry } from '../../app/items/item-history.ts';
import type { Item } from '../../app/items/item-queries.ts';
import type { ListItemsInput, RankedItem } from '../../app/items/list-items.ts';
import { itemSources, itemStatuses, itemTypes, limits, linkKinds } from '../../domain/item.ts';
import { productRoles } from '../../domain/permissions.ts';
import { lintRules } from '../../domain/quality-lint.ts';
import { moscow, riceImpacts, riceScore, wsjfScore } from '../../domain/scoring.ts';
import {
  calendarDay,
  changeOf,
  day,
  email,
  itemKey,
  moveTarget,
  queryList,
  requiredText,
  text,
  timestamp,
} from '../fields.ts';

/** Items on the wire: what a route reads, and what it answers. */

export const acceptanceCriterion = z.strictObject({
  text: requiredText(limits.criterionLength),
  done: z.boolean().default(false),
});

const requester = z.strictObject({
  name: requiredText(limits.requesterNameLength),
  email: email.nullish(),
});

const link = z.strictObject({ kind: z.enum(linkKinds), key: itemKey });

export const estimate = z.int('must be a whole number').min(0).max(limits.estimateMax).nullable();
const scorePart = z.int('must be a whole number').min(0).max(100).nullable();
const timeboxDays = z.int('must be a whole number').min(1).max(limits.timeboxDaysMax).nullable();
const deadline = day.nullable();
const tags = z.array(requiredText(limits.tagLength)).max(limits.tagCount, `at most ${limits.tagCount} tags`);

const itemFields = {
  type: z.enum(itemTypes),
  title: requiredText(limits.titleLength),
  problem: text(limits.textLength),
  serves: text(limits.servesLength),
  outcome: text(limits.textLength),
  acceptanceCriteria: z.array(acceptanceCriterion).max(limits.criteriaCount),
  estimate,
  timeboxDays,
  deadline,
  tags,
  status: z.enum(itemStatuses),
  holdReason: text(limits.holdReasonLength).nullable(),
  source: z.enum(itemSources),
  links: z.array(link).max(50),
  readyChecks: z.array(z.string().max(40)).max(50),
  wsjf: z
    .strictObject({
      businessValue: scorePart,
      timeCriticality: scorePart,
      riskReduction: scorePart,
      jobSize: scorePart,
    })
    .partial(),
  rice: z
    .strictObject({
      reach: z.int('must be a whole number').min(0).max(1_000_000_000).nullable(),
      impact: z.union(riceImpacts.map((impact) => z.literal(impact))).nullable(),
      confidence: z.int('must be a whole number').min(0).max(100).nullable(),
      effort: z.number().positive().max(10_000).nullable(),
    })
    .partial(),
  moscow: z.enum(moscow).nullable(),
};

export const createItemBody = z.strictObject({
  ...itemFields,
  problem: itemFields.problem.optional(),
  serves: itemFields.serves.optional(),
  outcome: itemFields.outcome.optional(),
  acceptanceCriteria: itemFields.acceptanceCriteria.optional(),
  estimate: estimate.optional(),
  timeboxDays: timeboxDays.optional(),
  deadline: deadline.optional(),
  tags: tags.optional(),
  status: itemFields.status.optional(),
  holdReason: itemFields.holdReason.optional(),
  source: itemFields.source.optional(),
  links: itemFields.links.optional(),
  readyChecks: itemFields.readyChecks.optional(),
  wsjf: itemFields.wsjf.optional(),
  rice: itemFields.rice.optional(),
  moscow: itemFields.moscow.optional(),
  requesters: z.array(requester).max(limits.requestersCount).optional(),
  position: moveTarget.optional(),
});

export const updateItemBody = changeOf(z.strictObject(itemFields));

export const moveBody = z.intersection(
  moveTarget,
  z.object({ reason: text(limits.moveReasonLength).optional() }),
);

export const listItemsQuery = z.strictObject({
  type: queryList(z.enum(itemTypes)),
  status: queryList(z.enum(itemStatuses)),
  source: queryList(z.enum(itemSources)),
  tag: queryList(z.string().max(limits.tagLength)),
  q: z
    .string()
    .max(limits.searchLength)
    .describe('Words (as prefixes), "a phrase" in double quotes, or a key such as PAY-12')
    .optional(),
  archived: z
    .enum(['true', 'false', 'only'])
    .describe('true: archived items too; only: archived items alone')
    .optional(),
  minDemand: z.coerce.number().int().min(1).max(100_000).optional(),
  ready: z.enum(['true', 'false']).optional(),
  sort: z.enum(['rank', 'demand']).default('rank'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSize),
});

/** The list's filters and order as `listItems` takes them (the backlog and its export share them). */
export function itemFiltersOf(
  query: Omit<z.output<typeof listItemsQuery>, 'cursor' | 'limit'>,
): Omit<ListItemsInput, 'productKey' | 'cursor' | 'limit'> {
  const { type, status, source, tag, q, archived, minDemand, ready, sort } = query;
  return {
    types: type,
    statuses: status,
    sources: source,
    tags: tag,
    search: q,
    includeArchived: archived === 'true',
    onlyArchived: archived === 'only',
    minDemand,
    ready: ready === undefined ? undefined : ready === 'true',
    sort,
  };
}

export const archiveBody = z
  .strictObject({ reason: z.enum(archiveReasons).default('obsolete') })
  .default({ reason: 'obsolete' });

export const commentBody = z.strictObject({ body: requiredText(limits.commentLength) });

export const watchBody = z.strictObject({ watching: z.boolean() });

// What the routes answer.

export const readinessSchema = z
  .object({
    isReady: z.boolean(),
    lacks: z.array(z.object({ check: z.string(), label: z.string() })),
  })
  .meta({ id: 'Readiness', description: "What an item lacks against the product's Definition of Ready" });

const score = z.number().nullable().describe('Null until every part is given');

export const itemSchema = z
  .object({
    key: z.string().describe('The product key and a number, like PAY-142'),
    type: z.enum(itemTypes),
    title: z.string(),
    problem: z.string(),
    serves: z.string(),
    outcome: z.string(),
    acceptanceCriteria: z.array(z.object({ text: z.string(), done: z.boolean() })),
    estimate: z.int().nullable(),
    timeboxDays: z.int().nullable(),
    deadline: calendarDay.nullable(),
    tags: z.array(z.string()),
    status: z.enum(itemStatuses),
    holdReason: z.string().nullable(),
    source: z.enum(itemSources),
    rank: z.string().describe('Orders the backlog: compare byte-wise'),
    demand: z.int().optional().describe('How many requests and requesters ask for it (in lists)'),
    demandBySource: z.object({ customer: z.int(), internal: z.int(), client_facing: z.int() }).optional(),
    readiness: readinessSchema.optional(),
    readyChecks: z.array(z.string()).describe("The product's custom readiness checks ticked on it"),
    wsjf: z.object({
      businessValue: z.int().nullable(),
      timeCriticality: z.int().nullable(),
      riskReduction: z.int().nullable(),
      jobSize: z.int().nullable(),
      score,
    }),
    rice: z.object({
      reach: z.int().nullable(),
      impact: z.number().nullable(),
      confidence: z.int().nullable(),
      effort: z.number().nullable(),
      score,
    }),
    moscow: z.enum(moscow).nullable(),
    archivedAt: timestamp.nullable(),
    archiveReason: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    lastActivityAt: timestamp.describe('When a person last touched or discussed it'),
    version: z.int().describe('Send it back in If-Match to change the item'),
  })
  .meta({ id: 'Item', description: 'A backlog item' });

export const commentSchema = z
  .object({ id: z.string(), author: z.string(), body: z.string(), createdAt: timestamp })
  .meta({ id: 'Comment' });

export const itemDetailSchema = itemSchema
  .extend({
    productKey: z.string(),
    createdBy: z.string().nullable(),
    demand: z.int(),
    requesters: z.array(z.object({ name: z.string(), email: z.string().nullable(), createdAt: timestamp })),
    links: z.array(
      z.object({
        kind: z.enum(linkKinds),
        direction: z.enum(['outgoing', 'incoming']),
        key: z.string(),
        title: z.string(),
        status: z.string(),
      }),
    ),
    release: z.object({ id: z.string(), name: z.string() }).nullable(),
    comments: z.array(commentSchema),
    watchers: z.array(z.object({ name: z.string() })),
    readiness: readinessSchema,
    lint: z.array(z.object({ rule: z.enum(lintRules), message: z.string(), criterion: z.int().optional() })),
    viewer: z.object({
      role: z.enum([...productRoles, 'admin']),
      isCreator: z.boolean(),
      isWatching: z.boolean(),
    }),
  })
  .meta({ id: 'ItemDetail', description: 'An item with everything about it, as its page shows it' });

export const historyEntrySchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    actor: z.string().nullable().describe('Who did it; null for automated changes'),
    data: z.record(z.string(), z.unknown()),
    at: timestamp,
  })
  .meta({ id: 'HistoryEntry', description: 'One change in an item’s history' });

export const watchingSchema = z.object({ watching: z.boolean() });

export function presentItem(item: Item | RankedItem): z.input<typeof itemSchema> {
  return {
    key: item.key,
    type: item.type,
    title: item.title,
    problem: item.problem,
    serves: item.serves,
    outcome: item.outcome,
    acceptanceCriteria: item.acceptanceCriteria,
    estimate: item.estimate,
    timeboxDays: item.timeboxDays,
    deadline: item.deadline,
    tags: item.tags,
    status: item.status,
    holdReason: item.holdReason,
    source: item.source,
    rank: item.rank,
    ...('demand' in item && {
      demand: item.demand,
      demandBySource: item.demandBySource,
      readiness: item.readiness,
    }),
    readyChecks: item.readyChecks,
    wsjf: { ...item.wsjf, score: wsjfScore(item.wsjf) },
    rice: { ...item.rice, score: riceScore(item.rice) },
    moscow: item.moscow,
    archivedAt: item.archivedAt,
    archiveReason: item.archiveReason,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    lastActivityAt: item.lastActivityAt,
    version: item.version,
  };
}

export function presentItemDetail(item: ItemDetail): z.input<typeof itemDetailSchema> {
  return {
    ...presentItem(item),
    productKey: item.productKey,
    createdBy: item.createdByName,
    demand: item.requesters.length,
    requesters: item.requesters.map((r) => ({ name: r.name, email: r.email, createdAt: r.createdAt })),
    links: item.links.map((l) => ({
      kind: l.kind,
      direction: l.direction,
      key: l.key,
      title: l.title,
      status: l.status,
    })),
    release: item.release,
    comments: item.comments.map(presentComment),
    watchers: item.watchers.map((w) => ({ name: w.name })),
    readiness: item.readiness,
    lint: item.lint,
    viewer: { role: item.role, isCreator: item.isCreator, isWatching: item.isWatching },
  };
}

export function presentComment(comment: Comment): z.input<typeof commentSchema> {
  return { id: comment.id, author: comment.author, body: comment.body, createdAt: comment.createdAt };
}

export function presentHistoryEntry(entry: HistoryEntry): z.input<typeof historyEntrySchema> {
  return { id: entry.id, kind: entry.kind, actor: entry.actor, data: entry.data, at: entry.createdAt };
}
