import { z } from 'zod';
import { itemSources, itemStatuses, itemTypes, limits, linkKinds } from './item.ts';
import { productRoles } from './permissions.ts';
import { refinementOutcomes } from './refinement.ts';
import { moscow, riceImpacts } from './scoring.ts';

/**
 * A whole product as one JSON document (`ordo export PAY --format product`): what `ordo products
 * import` reads back on another Ordo. Version 1. People are named by email and name, never by an
 * id of the server that wrote it; items are named by their key in the document; moments are ISO
 * 8601 instants; event and summary data are carried as they were recorded.
 */

export const productDocumentFormat = 'ordo.product';
export const productDocumentVersion = 1;

const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const instant = z.iso.datetime({ offset: true, error: 'must be a date and time like 2027-01-12T09:00:00Z' });
const day = z.iso.date('must be a date like 2027-03-31');
const count = z.int().min(0).max(1_000_000_000);
const json = z.record(z.string(), z.unknown());
const many = <T extends z.ZodType>(entry: T) => z.array(entry).max(1_000_000);

export const personRef = z
  .strictObject({
    email: z.email('not an email address').max(limits.emailLength),
    name: text(limits.personNameLength),
  })
  .describe('A person, by email (how an importing server matches them) and name');

/** A product's Definition of Ready: as its settings take it, and as its document holds it. */
export const definitionOfReadySchema = z.strictObject({
  problem: z.boolean(),
  serves: z.boolean(),
  outcome: z.boolean(),
  minCriteria: z.int().min(0).max(20),
  estimate: z.boolean(),
  timeboxForSpikes: z.boolean(),
  deadlineForCompliance: z.boolean(),
  custom: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
        label: text(100).trim().min(1, 'must not be empty'),
      }),
    )
    .max(20),
});

const itemRef = z.string().max(20).describe('An item of the document, by its key in it');
const rank = z
  .string()
  .regex(/^[0-9A-Za-z]{1,200}$/, 'not a rank key')
  .describe('Compared byte-wise');
const score = z.int().min(0).max(100).nullable();

const documentItem = z.strictObject({
  key: z.string().regex(/^[A-Z][A-Z0-9]{1,9}-\d{1,9}$/, 'not an item key like PAY-142'),
  number: z.int().min(1).max(999_999_999),
  type: z.enum(itemTypes),
  title: text(limits.titleLength).min(1, 'must not be empty'),
  problem: text(limits.textLength),
  serves: text(limits.servesLength),
  outcome: text(limits.textLength),
  acceptanceCriteria: z
    .array(z.strictObject({ text: text(limits.criterionLength), done: z.boolean() }))
    .max(limits.criteriaCount),
  estimate: z.int().min(0).max(limits.estimateMax).nullable(),
  timeboxDays: z.int().min(1).max(limits.timeboxDaysMax).nullable(),
  deadline: day.nullable(),
  tags: z.array(text(limits.tagLength)).max(limits.tagCount),
  status: z.enum(itemStatuses),
  holdReason: text(limits.holdReasonLength).nullable(),
  source: z.enum(itemSources),
  rank,
  createdBy: personRef.nullable(),
  createdAt: instant,
  updatedAt: instant,
  lastActivityAt: instant,
  archivedAt: instant.nullable(),
  archiveReason: text(200).nullable(),
  version: z.int().min(1).max(1_000_000_000),
  readyChecks: z.array(z.string().max(40)).max(50),
  wsjf: z.strictObject({
    businessValue: score,
    timeCriticality: score,
    riskReduction: score,
    jobSize: score,
  }),
  rice: z.strictObject({
    reach: count.nullable(),
    impact: z.union(riceImpacts.map((impact) => z.literal(impact))).nullable(),
    confidence: z.int().min(0).max(100).nullable(),
    effort: z.number().positive().max(10_000).nullable(),
  }),
  moscow: z.enum(moscow).nullable(),
  requesters: z
    .array(
      z.strictObject({
        name: text(limits.requesterNameLength).min(1, 'must not be empty'),
        email: z.email('not an email address').max(limits.emailLength).nullable(),
        source: z.enum(itemSources).nullable(),
        createdAt: instant,
      }),
    )
    .max(10_000),
  comments: z
    .array(
      z.strictObject({ author: personRef, body: text(limits.commentLength + 1_000), createdAt: instant }),
    )
    .max(100_000),
  links: z.array(z.strictObject({ kind: z.enum(linkKinds), to: itemRef, createdAt: instant })).max(1_000),
  watchers: z.array(z.strictObject({ person: personRef, since: instant })).max(10_000),
});

const sprint = z.strictObject({
  number: z.int().min(1).max(999_999_999),
  name: text(200).min(1, 'must not be empty'),
  goal: text(limits.textLength),
  startsOn: day,
  endsOn: day,
  capacityPoints: count,
  state: z.enum(['planned', 'active', 'closed']),
  activatedAt: instant.nullable(),
  closedAt: instant.nullable(),
  committedPoints: count.nullable(),
  completedPoints: count.nullable(),
  summary: json.nullable(),
  createdAt: instant,
  items: many(
    z.strictObject({
      item: itemRef,
      boardRank: rank,
      isCurrent: z.boolean(),
      addedAt: instant,
      estimateAtCommit: count.nullable(),
      outcome: z.enum(['done', 'returned', 'carried_over', 'removed']).nullable(),
    }),
  ),
});

const release = z.strictObject({
  name: text(200).min(1, 'must not be empty'),
  targetDate: day.nullable(),
  shippedOn: day.nullable(),
  createdAt: instant,
  items: many(z.strictObject({ item: itemRef, addedAt: instant, removedAt: instant.nullable() })),
});

const refinementSession = z.strictObject({
  number: z.int().min(1).max(999_999_999),
  scheduledFor: instant,
  state: z.enum(['planned', 'running', 'ended']),
  startedAt: instant.nullable(),
  endedAt: instant.nullable(),
  summary: json.nullable(),
  createdBy: personRef.nullable(),
  createdAt: instant,
  agenda: many(
    z.strictObject({
      item: itemRef,
      position: z.int().min(0).max(1_000_000),
      notes: text(limits.textLength),
      outcome: z.enum(refinementOutcomes).nullable(),
      readyAtStart: z.boolean(),
    }),
  ),
  attendees: many(z.strictObject({ person: personRef, joinedAt: instant })),
  pokerRounds: many(
    z.strictObject({
      item: itemRef,
      deck: z.array(z.string().max(10)).max(50),
      state: z.enum(['voting', 'revealed', 'agreed', 'abandoned']),
      agreedEstimate: count.nullable(),
      createdAt: instant,
      revealedAt: instant.nullable(),
      votes: many(z.strictObject({ person: personRef, card: z.string().max(10), votedAt: instant })),
    }),
  ),
});

const event = z.strictObject({
  kind: z.string().min(1).max(100),
  item: itemRef.nullable(),
  actor: personRef.nullable().describe('Null for automated changes'),
  data: json,
  createdAt: instant,
});

export const productDocumentSchema = z
  .strictObject({
    format: z.literal(productDocumentFormat),
    version: z.literal(productDocumentVersion),
    exportedAt: instant,
    product: z.strictObject({
      key: z.string().regex(limits.productKeyPattern, 'not a product key like PAY'),
      name: text(limits.productNameLength).min(1, 'must not be empty'),
      description: text(limits.textLength),
      visibility: z.enum(['workspace', 'members']),
      publicIntakeOpen: z.boolean(),
      definitionOfReady: definitionOfReadySchema,
      splitThreshold: z.int().min(1).max(1000),
      refuseUnreadyCommitment: z.boolean(),
      refinementCadenceDays: z.union([z.literal(7), z.literal(14)]),
      nextRefinementAt: instant.nullable(),
      velocityPoints: z.int().min(1).max(1_000_000).nullable(),
      allowOverlappingSprints: z.boolean(),
      timeZone: z.string().max(100),
      staleRule: z.strictObject({
        quarters: z.int().min(1).max(8),
        isAutomatic: z.boolean(),
        exemptTags: z.array(text(limits.tagLength)).max(limits.tagCount),
        exemptTypes: z.array(z.enum(itemTypes)).max(itemTypes.length),
      }),
      createdAt: instant,
    }),
    members: z.array(z.strictObject({ person: personRef, role: z.enum(productRoles) })).max(10_000),
    items: many(documentItem).describe('Every item, archived ones and those in sprints too, in rank order'),
    sprints: many(sprint),
    releases: many(release),
    refinementSessions: many(refinementSession),
    events: many(event).describe("The product's history, oldest first"),
  })
  .meta({
    id: 'ProductDocument',
    description:
      'A whole product as one document (version 1): its settings, members, items with every field in rank order, their comments, links, requesters and watchers, sprints, releases, refinement sessions with poker votes, and its history',
  });

export type ProductDocument = z.output<typeof productDocumentSchema>;
export type DocumentItem = ProductDocument['items'][number];
export type PersonRef = z.output<typeof personRef>;
