import { z } from 'zod';
import { itemSources, itemStatuses, itemTypes, linkKinds } from './item.ts';
import { productRoles } from './permissions.ts';
import { refinementOutcomes } from './refinement.ts';
import { moscow } from './scoring.ts';

/**
 * Every kind of event Ordo records, with the shape of its data. `appendEvent` refuses a kind that
 * is not here and data that does not match; an item's history in words, live updates, webhooks
 * and the OpenAPI document's `webhooks` section are all read from this one list.
 *
 * `about` says what an event belongs to: an item (it is in the item's history), a product, or
 * the workspace itself (people, tokens, the workspace's settings; no product).
 */
type About = 'item' | 'product' | 'workspace';

interface EventEntry<Of extends About, Data extends z.ZodType> {
  about: Of;
  /** One sentence for the API's description of the event. */
  summary: string;
  data: Data;
}

const entry = <Of extends About, Data extends z.ZodType>(
  about: Of,
  summary: string,
  data: Data,
): EventEntry<Of, Data> => ({
  about,
  summary,
  data,
});

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

export const eventCatalogue = {
  // An item's own history.
  'item.created': entry(
    'item',
    'An item was created',
    z.strictObject({
      after: z.strictObject({
        type: z.enum(itemTypes),
        title: z.string(),
        status: z.enum(itemStatuses),
        source: z.enum(itemSources),
      }),
    }),
  ),
  'item.updated': entry(
    'item',
    'A person changed an item’s fields (each changed field as it was and as it became)',
    z.strictObject({
      before: itemFields,
      after: itemFields,
      links: z.array(z.strictObject({ kind: z.enum(linkKinds), key: itemKeyText })).optional(),
      sprintId: id.optional().describe('Set when the change was made on a sprint board'),
    }),
  ),
  'item.moved': entry(
    'item',
    'An item moved in the order',
    z.strictObject({ from: place, to: place, reason: z.string().optional() }),
  ),
  'item.archived': entry(
    'item',
    'An item left the backlog, with why',
    z.strictObject({
      reason: archiveReason,
      status: z.enum(itemStatuses),
      automated: z.literal(true).optional(),
    }),
  ),
  'item.restored': entry(
    'item',
    'An archived item came back to the backlog',
    z.strictObject({ status: z.enum(itemStatuses), undo: z.literal(true).optional() }),
  ),
  'item.split': entry(
    'item',
    'An item was split into smaller ones',
    z.strictObject({ into: z.array(itemKeyText) }),
  ),
  'item.watched': entry('item', 'A person started watching an item', z.strictObject({})),
  'item.unwatched': entry('item', 'A person stopped watching an item', z.strictObject({})),
  'item.release_changed': entry(
    'item',
    'An item was planned into a release, moved between releases or taken out',
    z.strictObject({ before: z.string().nullable(), after: z.string().nullable() }),
  ),
  'comment.added': entry('item', 'A comment was added to an item', z.strictObject({ commentId: id })),
  'refinement.noted': entry(
    'item',
    'Notes or an outcome were recorded for an item in a refinement session',
    z.strictObject({
      sessionId: id,
      notes: z.string().optional(),
      outcome: z.enum(refinementOutcomes).nullable().optional(),
    }),
  ),
  'poker.started': entry('item', 'A planning poker round opened on an item', z.strictObject(pokerRound)),
  'poker.agreed': entry(
    'item',
    'A planning poker round agreed an estimate',
    z.strictObject({ ...pokerRound, estimate: z.number() }),
  ),
  'request.accepted': entry(
    'item',
    'A request was accepted into the backlog as an item',
    z.strictObject({ request: requestKey, source: z.enum(itemSources) }),
  ),
  'request.merged': entry(
    'item',
    'A request was merged into an existing item',
    z.strictObject({
      request: requestKey,
      requester: z.string(),
      source: z.enum(itemSources),
      words: z.string(),
    }),
  ),
  'sprint.committed': entry('item', 'An item was committed to a sprint', z.strictObject(sprintRef)),
  'sprint.removed': entry('item', 'An item was taken out of a sprint', z.strictObject(sprintRef)),
  'sprint.card_moved': entry(
    'item',
    'An item’s card moved on the sprint board',
    z.strictObject({ sprintId: id, status: z.enum(itemStatuses) }),
  ),

  // A product's changes that are not one item's.
  'product.created': entry('product', 'A product was created', productNamed),
  'product.updated': entry(
    'product',
    'A product’s settings changed',
    z.strictObject({ after: productSettings }),
  ),
  'product.archived': entry('product', 'A product was archived', productNamed),
  'product.restored': entry('product', 'An archived product was restored', productNamed),
  'product.ranks_respaced': entry(
    'product',
    'The order’s keys were respaced (the order itself is unchanged)',
    z.strictObject({ items: z.number() }),
  ),
  'member.role_set': entry(
    'product',
    'A person was given a role in a product',
    z.strictObject({
      personId: id,
      name: z.string(),
      role: z.enum(productRoles),
      from: z.enum(productRoles).nullable(),
    }),
  ),
  'member.removed': entry(
    'product',
    'A person was taken out of a product',
    z.strictObject({ personId: id, role: z.enum(productRoles) }),
  ),
  'request.submitted': entry(
    'product',
    'A request arrived in the triage inbox',
    z.strictObject({ request: requestKey, source: z.enum(itemSources) }),
  ),
  'request.asked': entry(
    'product',
    'The requester was asked for more',
    z.strictObject({ request: requestKey }),
  ),
  'request.answered': entry('product', 'The requester answered', z.strictObject({ request: requestKey })),
  'request.declined': entry(
    'product',
    'A request was declined, with why',
    z.strictObject({ request: requestKey, reason: z.string() }),
  ),
  'sprint.created': entry(
    'product',
    'A sprint was planned',
    z.strictObject({ sprintId: id, name: z.string() }),
  ),
  'sprint.started': entry('product', 'A sprint started', z.strictObject(sprintRef)),
  'sprint.closed': entry(
    'product',
    'A sprint closed, with what it delivered',
    z.strictObject({
      ...sprintRef,
      summary: z.strictObject({
        committed: z.strictObject({ items: z.number(), points: z.number() }),
        done: z.strictObject({ items: z.number(), points: z.number() }),
        returned: z.array(itemKeyText),
        carriedOver: z.array(itemKeyText),
      }),
    }),
  ),
  'release.created': entry(
    'product',
    'A release was created',
    z.strictObject({ releaseId: id, name: z.string() }),
  ),
  'release.updated': entry(
    'product',
    'A release was renamed, its target date changed or it shipped',
    z.strictObject({ releaseId: id, before: releaseFields, after: releaseFields }),
  ),
  'refinement.scheduled': entry('product', 'A refinement session was scheduled', agenda),
  'refinement.agenda_changed': entry('product', 'A refinement session’s agenda changed', agenda),
  'refinement.started': entry('product', 'A refinement session started', z.strictObject({ sessionId: id })),
  'refinement.joined': entry(
    'product',
    'A person joined a refinement session',
    z.strictObject({ sessionId: id }),
  ),
  'refinement.ended': entry(
    'product',
    'A refinement session ended, with what it achieved',
    z.strictObject({
      sessionId: id,
      summary: z.strictObject({
        discussed: z.number(),
        outcomes: z.partialRecord(z.enum(refinementOutcomes), z.number()),
        nowReady: z.number(),
        readyPoints: z.number(),
        sprintsOfReadyWork: z.number().nullable(),
      }),
    }),
  ),
  'poker.voted': entry(
    'product',
    'A person voted in a planning poker round (who, never what)',
    z.strictObject({ ...pokerRound, voter: z.string() }),
  ),
  'poker.revealed': entry(
    'product',
    'A planning poker round’s votes were revealed',
    z.strictObject(pokerRound),
  ),
  'poker.revote': entry(
    'product',
    'A planning poker round’s votes were cleared for another',
    z.strictObject(pokerRound),
  ),
  'stale.applied': entry('product', 'The stale rule archived the items untouched too long', staleRun),
  'stale.undone': entry('product', 'A run of the stale rule was undone', staleRun),
  'product.imported': entry(
    'product',
    'A backlog was imported into the product',
    z.strictObject({ source: z.string(), items: z.number() }),
  ),

  // The workspace's own changes.
  'person.created': entry('workspace', 'An admin added a person with a password', personAdded),
  'person.invited': entry('workspace', 'An admin invited a person', personAdded),
  'person.invitation_resent': entry('workspace', 'An invitation was sent again', z.strictObject(personRef)),
  'person.joined': entry(
    'workspace',
    'An invited person joined',
    z.union([z.strictObject(personRef), providerLink]),
  ),
  'person.created_by_provider': entry(
    'workspace',
    'A person joined through the company sign-in',
    providerLink,
  ),
  'person.linked_to_provider': entry(
    'workspace',
    'A person’s account was linked to the company sign-in',
    providerLink,
  ),
  'person.updated': entry(
    'workspace',
    'A person’s name, email or admin right changed',
    z.strictObject({
      personId: id,
      changes: z.record(z.string(), z.strictObject({ from: z.unknown(), to: z.unknown() })),
    }),
  ),
  'person.deactivated': entry(
    'workspace',
    'A person was deactivated (their sessions and tokens ended)',
    z.strictObject({ personId: id, endedSessions: z.number(), revokedTokens: z.number() }),
  ),
  'person.reactivated': entry('workspace', 'A person was reactivated', z.strictObject(personRef)),
  'person.password_reset_sent': entry('workspace', 'A password reset was sent', z.strictObject(personRef)),
  'person.two_factor_reset': entry(
    'workspace',
    'A person’s two-factor sign-in was reset',
    z.strictObject(personRef),
  ),
  'password.changed': entry('workspace', 'A person changed their password', z.strictObject(personRef)),
  'password.reset': entry(
    'workspace',
    'A person set a new password by a reset link',
    z.strictObject(personRef),
  ),
  'two_factor.enabled': entry(
    'workspace',
    'A person turned on two-factor sign-in',
    z.strictObject(personRef),
  ),
  'two_factor.disabled': entry(
    'workspace',
    'A person turned off two-factor sign-in',
    z.strictObject(personRef),
  ),
  'workspace.updated': entry(
    'workspace',
    'The workspace’s settings changed',
    z.strictObject({ before: workspaceSettings, after: workspaceSettings }),
  ),
  'token.created': entry(
    'workspace',
    'An API token was created',
    z.strictObject({ tokenId: id, name: z.string(), expiresAt: z.string().nullable() }),
  ),
  'token.revoked': entry('workspace', 'An API token was revoked', z.strictObject({ tokenId: id })),
  'webhook.created': entry('workspace', 'A webhook was added', webhookRef),
  'webhook.updated': entry('workspace', 'A webhook was changed', webhookRef),
  'webhook.removed': entry('workspace', 'A webhook was removed', webhookRef),
  'webhook.secret_rotated': entry('workspace', 'A webhook’s signing secret was rotated', webhookRef),
  'webhook.disabled': entry(
    'workspace',
    'A webhook was turned off: its receiver answered 410 Gone or failed every retry',
    z.strictObject({ ...webhookRef.shape, reason: z.string() }),
  ),
} as const satisfies Record<string, EventEntry<About, z.ZodType>>;

export type EventKind = keyof typeof eventCatalogue;
export const eventKinds = Object.keys(eventCatalogue) as EventKind[];

/** The data of an event of `kind`, as it is stored and sent. */
export type EventData<Kind extends EventKind> = z.output<(typeof eventCatalogue)[Kind]['data']>;

/** The kinds in an item's history. */
export type ItemEventKind = {
  [Kind in EventKind]: (typeof eventCatalogue)[Kind]['about'] extends 'item' ? Kind : never;
}[EventKind];

export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(eventCatalogue, kind);
}
