import { z } from 'zod';
import { type EventKind, eventKindSummaries, eventKinds, isEventKind } from './event-kinds.ts';
import { itemSources, itemStatuses, itemTypes, linkKinds } from './item.ts';
import { productRoles } from './permissions.ts';
import { refinementOutcomes } from './refinement.ts';
import { moscow } from './scoring.ts';

/**
 * The shape of every kind of event's data. `appendEvent` refuses a kind that is not here and data
 * that does not match; an item's history in words, live updates, webhooks and the OpenAPI
 * document's `webhooks` section are all read from this one list. The kinds themselves, what each
 * is about and its summary are in `event-kinds.ts` (no zod there: the web app reads it).
 */

const id = z.string().describe('An id (uuid) to read the thing through the API');
const itemKeyText = z.string().describe('An item key such as PAY-12');
const requestKey = z.string().describe('A request key such as REQ-7');
const archiveReason = z.enum(['stale', 'obsolete', 'duplicate', 'wont_do', 'delivered_elsewhere']);
const nullableCount = z.number().nullable();

/** Where an item sits in the order: between the item above (`after`) and the one below (`before`). */
const place = z.strictObject({ after: itemKeyText.nullable(), before: itemKeyText.nullable() });

/** The fields a person edits on an item, each as it was (`before`) or became (`after`). */
const itemFields = z
  .strictObject({
    type: z.enum(itemTypes),
    title: z.string(),
    problem: z.string(),
    serves: z.string(),
    outcome: z.string(),
    acceptanceCriteria: z.array(z.strictObject({ text: z.string(), done: z.boolean() })),
    estimate: z.number().nullable(),
    timeboxDays: z.number().nullable(),
    deadline: z.string().nullable(),
    tags: z.array(z.string()),
    status: z.enum(itemStatuses),
    holdReason: z.string().nullable(),
    source: z.enum(itemSources),
    readyChecks: z.array(z.string()),
    moscow: z.enum(moscow).nullable(),
    wsjf: z.strictObject({
      businessValue: nullableCount,
      timeCriticality: nullableCount,
      riskReduction: nullableCount,
      jobSize: nullableCount,
    }),
    rice: z.strictObject({
      reach: nullableCount,
      impact: nullableCount,
      confidence: nullableCount,
      effort: nullableCount,
    }),
  })
  .partial();

const sprintRef = { sprintId: id, sprint: z.string().describe('The sprint’s name') };
const pokerRound = { sessionId: id, roundId: id };
const personRef = { personId: id };
const personAdded = z.strictObject({
  personId: id,
  name: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
});
const providerLink = z.strictObject({ personId: id, email: z.string(), issuer: z.string() });
const productNamed = z.strictObject({ key: z.string(), name: z.string() });
const staleRun = z.strictObject({ runId: id, items: z.array(itemKeyText) });
const agenda = z.strictObject({ sessionId: id, items: z.array(itemKeyText) });
const releaseFields = z.strictObject({
  name: z.string(),
  targetDate: z.string().nullable(),
  shippedOn: z.string().nullable(),
});
const workspaceSettings = z.strictObject({ name: z.string(), requireAdminTwoFactor: z.boolean() });
const productSettings = z
  .strictObject({
    name: z.string(),
    description: z.string(),
    visibility: z.enum(['workspace', 'members']),
    publicIntakeOpen: z.boolean(),
    definitionOfReady: z.strictObject({
      problem: z.boolean(),
      serves: z.boolean(),
      outcome: z.boolean(),
      minCriteria: z.number(),
      estimate: z.boolean(),
      timeboxForSpikes: z.boolean(),
      deadlineForCompliance: z.boolean(),
      custom: z.array(z.strictObject({ id: z.string(), label: z.string() })),
    }),
    splitThreshold: z.number(),
    refuseUnreadyCommitment: z.boolean(),
    refinementCadenceDays: z.number(),
    nextRefinementAt: z.string().nullable(),
    velocityPoints: z.number().nullable(),
    timeZone: z.string(),
    staleRule: z
      .strictObject({
        quarters: z.number(),
        isAutomatic: z.boolean(),
        exemptTags: z.array(z.string()),
        exemptTypes: z.array(z.string()),
      })
      .partial(),
  })
  .partial();
/** A webhook, and the product it is for (null: the whole workspace). */
const webhookRef = z.strictObject({ webhookId: id, url: z.string(), productKey: z.string().nullable() });

const eventData = {
  // An item's own history.
  'item.created': z.strictObject({
    after: z.strictObject({
      type: z.enum(itemTypes),
      title: z.string(),
      status: z.enum(itemStatuses),
      source: z.enum(itemSources),
    }),
  }),
  'item.updated': z.strictObject({
    before: itemFields,
    after: itemFields,
    links: z.array(z.strictObject({ kind: z.enum(linkKinds), key: itemKeyText })).optional(),
    sprintId: id.optional().describe('Set when the change was made on a sprint board'),
  }),
  'item.moved': z.strictObject({ from: place, to: place, reason: z.string().optional() }),
  'item.archived': z.strictObject({
    reason: archiveReason,
    status: z.enum(itemStatuses),
    automated: z.literal(true).optional(),
  }),
  'item.restored': z.strictObject({ status: z.enum(itemStatuses), undo: z.literal(true).optional() }),
  'item.split': z.strictObject({ into: z.array(itemKeyText) }),
  'item.watched': z.strictObject({}),
  'item.unwatched': z.strictObject({}),
  'item.release_changed': z.strictObject({ before: z.string().nullable(), after: z.string().nullable() }),
  'comment.added': z.strictObject({ commentId: id }),
  'refinement.noted': z.strictObject({
    sessionId: id,
    notes: z.string().optional(),
    outcome: z.enum(refinementOutcomes).nullable().optional(),
  }),
  'poker.started': z.strictObject(pokerRound),
  'poker.agreed': z.strictObject({ ...pokerRound, estimate: z.number() }),
  'request.accepted': z.strictObject({ request: requestKey, source: z.enum(itemSources) }),
  'request.merged': z.strictObject({
    request: requestKey,
    requester: z.string(),
    source: z.enum(itemSources),
    words: z.string(),
  }),
  'sprint.committed': z.strictObject(sprintRef),
  'sprint.removed': z.strictObject(sprintRef),
  'sprint.card_moved': z.strictObject({ sprintId: id, status: z.enum(itemStatuses) }),

  // A product's changes that are not one item's.
  'product.created': productNamed,
  'product.updated': z.strictObject({ after: productSettings }),
  'product.archived': productNamed,
  'product.restored': productNamed,
  'product.ranks_respaced': z.strictObject({ items: z.number() }),
  'member.role_set': z.strictObject({
    personId: id,
    name: z.string(),
    role: z.enum(productRoles),
    from: z.enum(productRoles).nullable(),
  }),
  'member.removed': z.strictObject({ personId: id, role: z.enum(productRoles) }),
  'request.submitted': z.strictObject({ request: requestKey, source: z.enum(itemSources) }),
  'request.asked': z.strictObject({ request: requestKey }),
  'request.answered': z.strictObject({ request: requestKey }),
  'request.declined': z.strictObject({ request: requestKey, reason: z.string() }),
  'sprint.created': z.strictObject({ sprintId: id, name: z.string() }),
  'sprint.started': z.strictObject(sprintRef),
  'sprint.closed': z.strictObject({
    ...sprintRef,
    summary: z.strictObject({
      committed: z.strictObject({ items: z.number(), points: z.number() }),
      done: z.strictObject({ items: z.number(), points: z.number() }),
      returned: z.array(itemKeyText),
      carriedOver: z.array(itemKeyText),
    }),
  }),
  'release.created': z.strictObject({ releaseId: id, name: z.string() }),
  'release.updated': z.strictObject({ releaseId: id, before: releaseFields, after: releaseFields }),
  'refinement.scheduled': agenda,
  'refinement.agenda_changed': agenda,
  'refinement.started': z.strictObject({ sessionId: id }),
  'refinement.joined': z.strictObject({ sessionId: id }),
  'refinement.ended': z.strictObject({
    sessionId: id,
    summary: z.strictObject({
      discussed: z.number(),
      outcomes: z.partialRecord(z.enum(refinementOutcomes), z.number()),
      nowReady: z.number(),
      readyPoints: z.number(),
      sprintsOfReadyWork: z.number().nullable(),
    }),
  }),
  'poker.voted': z.strictObject({ ...pokerRound, voter: z.string() }),
  'poker.revealed': z.strictObject(pokerRound),
  'poker.revote': z.strictObject(pokerRound),
  'stale.applied': staleRun,
  'stale.undone': staleRun,
  'product.imported': z.strictObject({ source: z.string(), items: z.number() }),

  // The workspace's own changes.
  'person.created': personAdded,
  'person.invited': personAdded,
  'person.invitation_resent': z.strictObject(personRef),
  'person.joined': z.union([z.strictObject(personRef), providerLink]),
  'person.created_by_provider': providerLink,
  'person.linked_to_provider': providerLink,
  'person.updated': z.strictObject({
    personId: id,
    changes: z.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() })),
  }),
  'person.deactivated': z.strictObject({
    personId: id,
    endedSessions: z.number(),
    revokedTokens: z.number(),
  }),
  'person.reactivated': z.strictObject(personRef),
  'person.password_reset_sent': z.strictObject(personRef),
  'person.two_factor_reset': z.strictObject(personRef),
  'password.changed': z.strictObject(personRef),
  'password.reset': z.strictObject(personRef),
  'two_factor.enabled': z.strictObject(personRef),
  'two_factor.disabled': z.strictObject(personRef),
  'workspace.updated': z.strictObject({ before: workspaceSettings, after: workspaceSettings }),
  'token.created': z.strictObject({ tokenId: id, name: z.string(), expiresAt: z.string().nullable() }),
  'token.revoked': z.strictObject({ tokenId: id }),
  'webhook.created': webhookRef,
  'webhook.updated': webhookRef,
  'webhook.removed': webhookRef,
  'webhook.secret_rotated': webhookRef,
  'webhook.disabled': z.strictObject({ ...webhookRef.shape, reason: z.string() }),
} as const satisfies Record<EventKind, z.ZodType>;

/** A kind's place, summary and the schema of its data. */
type EventEntry<Kind extends EventKind> = (typeof eventKindSummaries)[Kind] & {
  data: (typeof eventData)[Kind];
};

export const eventCatalogue = Object.fromEntries(
  eventKinds.map((kind) => [kind, { ...eventKindSummaries[kind], data: eventData[kind] }]),
) as { [Kind in EventKind]: EventEntry<Kind> };

export { type EventKind, eventKinds, isEventKind };

/** The data of an event of `kind`, as it is stored and sent. */
export type EventData<Kind extends EventKind> = z.output<(typeof eventCatalogue)[Kind]['data']>;

/** The kinds in an item's history. */
export type ItemEventKind = {
  [Kind in EventKind]: (typeof eventCatalogue)[Kind]['about'] extends 'item' ? Kind : never;
}[EventKind];
