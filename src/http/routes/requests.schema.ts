import { z } from 'zod';
import type { Request } from '../../app/intake/request-queries.ts';
import type { RequestStatus } from '../../app/intake/request-status.ts';
import type { SubmittedRequest } from '../../app/intake/submit-request.ts';
import type { DuplicateSuggestion } from '../../app/intake/suggest-duplicates.ts';
import type { Item } from '../../app/items/item-queries.ts';
import type { InboxEntry } from '../../app/triage/triage-inbox.ts';
import { itemSources, itemStatuses, itemStatusLabels, itemTypes, limits } from '../../domain/item.ts';
import {
  ageInDays,
  requestChannels,
  requestLimits,
  requestStateLabels,
  requestStates,
  urgencies,
} from '../../domain/request.ts';
import { itemKey, moveTarget, requiredText, text, timestamp } from '../fields.ts';
import { itemSchema, presentItem } from './items.schema.ts';

/** Requests on the wire: filing one, triaging it, and its status page. */

export const requestText = {
  title: requiredText(requestLimits.titleLength),
  problem: text(requestLimits.problemLength).optional(),
};

const commercialImpact = {
  accountsAffected: z.int('must be a whole number').min(0).max(requestLimits.accountsMax).nullish(),
  dealValue: z.int('must be a whole number of euros').min(0).max(requestLimits.dealValueMax).nullish(),
  urgency: z.enum(urgencies).nullish(),
};

export const submitRequestBody = z.strictObject({
  ...requestText,
  source: z.enum(itemSources).default('client_facing'),
  ...commercialImpact,
});

export const duplicatesQuery = z.strictObject({
  title: z.string().max(requestLimits.titleLength).default(''),
  problem: z.string().max(requestLimits.problemLength).optional(),
});

export const requestKeyParam = z.object({
  requestKey: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,9}-R\d{1,9}$/, 'not a request key like PAY-R12'),
});

export const acceptBody = z.strictObject({
  type: z.enum(itemTypes),
  title: text(limits.titleLength).optional(),
  position: moveTarget.default({ to: 'bottom' }),
});
export const mergeBody = z.strictObject({ into: itemKey });
export const askBody = z.strictObject({ message: requiredText(requestLimits.messageLength) });
export const declineBody = z.strictObject({ reason: requiredText(requestLimits.reasonLength) });
export const replyBody = z.strictObject({ body: requiredText(requestLimits.messageLength) });

export const bulkTriageBody = z.strictObject({
  keys: z.array(requestKeyParam.shape.requestKey).min(1).max(100),
  action: z.discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('accept'),
      type: z.enum(itemTypes),
      position: z.strictObject({ to: z.enum(['top', 'bottom']) }),
    }),
    z.strictObject({ decision: z.literal('merge'), into: itemKey }),
    z.strictObject({ decision: z.literal('decline'), reason: requiredText(requestLimits.reasonLength) }),
  ]),
});

// What the routes answer.

export const requestSchema = z
  .object({
    key: z.string().describe('The product key, R and a number, like PAY-R12'),
    source: z.enum(itemSources),
    channel: z.enum(requestChannels).describe('How it came in: the web app, the public form, or the API'),
    title: z.string(),
    problem: z.string(),
    requester: z.object({
      name: z.string(),
      email: z.string().nullable(),
      hasAccount: z.boolean().describe('Whether the requester is a person of this workspace'),
    }),
    accountsAffected: z.int().nullable().describe('Client-facing requests: how many accounts it affects'),
    dealValue: z.int().nullable().describe('Client-facing requests: the deal at stake, in whole euros'),
    urgency: z.enum(urgencies).nullable(),
    state: z.enum(requestStates),
    decisionNote: z.string().nullable().describe('The question asked, or the reason for a decline'),
    createdAt: timestamp,
    triagedAt: timestamp.nullable(),
    version: z.int(),
  })
  .meta({ id: 'Request', description: 'A request, as the people who triage it see it' });

export const duplicateSuggestionSchema = z
  .object({
    kind: z.enum(['item', 'request']),
    key: z.string(),
    title: z.string(),
    status: z.string().describe("The item's status, or the request's state"),
    score: z.number().describe('How alike, from 0 to 1'),
  })
  .meta({
    id: 'DuplicateSuggestion',
    description: 'An item or a request that looks like the one asked about',
  });

export const inboxEntrySchema = requestSchema
  .extend({
    ageDays: z.int().describe('Whole days since it came in'),
    suggestions: z.array(duplicateSuggestionSchema).describe('Its likely duplicates, likeliest first'),
    messages: z
      .array(z.object({ from: z.enum(['requester', 'team']), body: z.string(), at: timestamp }))
      .describe('The conversation with the requester, oldest first'),
  })
  .meta({ id: 'InboxEntry', description: 'A request waiting for a decision, with its likely duplicates' });

export const requestStatusSchema = z
  .object({
    key: z.string(),
    product: z.string().describe("The product's name"),
    title: z.string(),
    problem: z.string(),
    state: z.enum(requestStates),
    stateLabel: z.string().describe('The state in words, for the requester'),
    decisionNote: z.string().nullable(),
    submittedAt: timestamp,
    messages: z.array(z.object({ from: z.enum(['you', 'team']), body: z.string(), at: timestamp })),
    item: z
      .object({ title: z.string(), status: z.enum(itemStatuses), statusLabel: z.string() })
      .nullable()
      .describe('The backlog item it became or joined, once accepted or merged'),
  })
  .meta({
    id: 'RequestStatus',
    description: "A request's status page: only what its requester may see, nothing internal",
  });

export const requestWithStatusSchema = requestSchema
  .extend({ status: requestStatusSchema })
  .meta({ id: 'RequestWithStatus', description: 'A request, with the status page its requester sees' });

/** Triagers get the whole request with its status page; its requester, the status page alone. */
export const requestViewSchema = z.union([requestWithStatusSchema, requestStatusSchema]);

export const submittedRequestSchema = z.object({
  request: requestSchema,
  statusUrl: z.string().describe("The requester's status link: shown this once, never stored"),
});

export const triageCountSchema = z.object({
  waiting: z.int(),
  oldestDays: z.int().describe('Whole days the oldest has waited; 0 when none waits'),
});

export const decisionSchema = z.object({
  request: requestSchema,
  item: itemSchema.describe('The item the request became or joined'),
});

export function presentRequest(request: Request): z.input<typeof requestSchema> {
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

export function presentDuplicateSuggestion(
  suggestion: DuplicateSuggestion,
): z.input<typeof duplicateSuggestionSchema> {
  return {
    kind: suggestion.kind,
    key: suggestion.key,
    title: suggestion.title,
    status: suggestion.status,
    score: suggestion.score,
  };
}

export function presentInboxEntry(entry: InboxEntry, now: Date): z.input<typeof inboxEntrySchema> {
  return {
    ...presentRequest(entry),
    ageDays: ageInDays(entry.createdAt, now),
    suggestions: entry.suggestions.map(presentDuplicateSuggestion),
    messages: entry.messages.map((m) => ({
      from: m.fromRequester ? 'requester' : 'team',
      body: m.body,
      at: m.at,
    })),
  };
}

/** The status page: only what the requester may see (see RequestStatus). */
export function presentRequestStatus(status: RequestStatus): z.input<typeof requestStatusSchema> {
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

export function presentSubmittedRequest(submitted: SubmittedRequest): z.input<typeof submittedRequestSchema> {
  return { request: presentRequest(submitted.request), statusUrl: submitted.statusUrl };
}

export function presentDecision(decision: { request: Request; item: Item }): z.input<typeof decisionSchema> {
  return { request: presentRequest(decision.request), item: presentItem(decision.item) };
}

export function presentRequestView(found: {
  request: Request;
  status: RequestStatus;
  canTriage: boolean;
}): z.input<typeof requestViewSchema> {
  return found.canTriage
    ? { ...presentRequest(found.request), status: presentRequestStatus(found.status) }
    : presentRequestStatus(found.status);
}
