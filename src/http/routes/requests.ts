import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getRequest } from '../../app/intake/get-request.ts';
import { replyAsRequester } from '../../app/intake/request-status.ts';
import { submitRequest } from '../../app/intake/submit-request.ts';
import { suggestDuplicates } from '../../app/intake/suggest-duplicates.ts';
import { acceptRequest } from '../../app/triage/accept-request.ts';
import { askRequester } from '../../app/triage/ask-requester.ts';
import { bulkTriage } from '../../app/triage/bulk-triage.ts';
import { declineRequest } from '../../app/triage/decline-request.ts';
import { mergeRequest } from '../../app/triage/merge-request.ts';
import { triageCount, triageInbox } from '../../app/triage/triage-inbox.ts';
import { errorResponses, pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import {
  acceptBody,
  askBody,
  bulkTriageBody,
  decisionSchema,
  declineBody,
  duplicateSuggestionSchema,
  duplicatesQuery,
  inboxEntrySchema,
  mergeBody,
  presentDecision,
  presentDuplicateSuggestion,
  presentInboxEntry,
  presentRequest,
  presentRequestStatus,
  presentRequestView,
  presentSubmittedRequest,
  replyBody,
  requestKeyParam,
  requestSchema,
  requestStatusSchema,
  requestViewSchema,
  submitRequestBody,
  submittedRequestSchema,
  triageCountSchema,
} from './requests.schema.ts';
import type { RouteDeps } from './route-deps.ts';

const inboxSize = 100;

/** Not a read: an archived product refuses it (409) though nothing is written. */
const onArchivedProduct = errorResponses(409);

/** Intake from people with accounts, and triage. */
export const requestRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/products/:productKey/requests',
      {
        schema: {
          operationId: 'submitRequest',
          tags: ['intake'],
          summary: 'Submit a request to the triage inbox',
          params: productKeyParam,
          body: submitRequestBody,
          response: { 201: submittedRequestSchema },
        },
        config: { action: 'request.submit' },
      },
      async (request, reply) => {
        const submitted = await runAs(deps, request, (ctx) =>
          submitRequest(ctx, {
            ...request.body,
            productKey: request.params.productKey,
            channel: request.headers.authorization ? 'api' : 'app',
          }),
        );
        return reply.status(201).send(presentSubmittedRequest(submitted));
      },
    );

    app.get(
      '/products/:productKey/duplicates',
      {
        schema: {
          operationId: 'suggestDuplicates',
          tags: ['intake'],
          summary: 'Items and requests that look like this one',
          params: productKeyParam,
          querystring: duplicatesQuery,
          response: { 200: pageOf(duplicateSuggestionSchema), ...onArchivedProduct },
        },
        config: { action: 'request.submit' },
      },
      async (request) => ({
        data: (
          await runAs(deps, request, (ctx) =>
            suggestDuplicates(ctx, { ...request.query, productKey: request.params.productKey }),
          )
        ).map(presentDuplicateSuggestion),
        next: null,
      }),
    );

    app.get(
      '/products/:productKey/requests',
      {
        schema: {
          operationId: 'listRequests',
          tags: ['triage'],
          summary: 'The triage inbox, oldest first',
          params: productKeyParam,
          response: { 200: pageOf(inboxEntrySchema), ...onArchivedProduct },
        },
        config: { action: 'request.triage' },
      },
      async (request) => {
        const entries = await runAs(deps, request, (ctx) =>
          triageInbox(ctx, { productKey: request.params.productKey, limit: inboxSize }),
        );
        return { data: entries.map((entry) => presentInboxEntry(entry, deps.now())), next: null };
      },
    );

    app.post(
      '/products/:productKey/requests/triage',
      {
        schema: {
          operationId: 'triageRequests',
          tags: ['triage'],
          summary: 'One decision for many requests (all or none)',
          params: productKeyParam,
          body: bulkTriageBody,
          response: { 200: pageOf(requestSchema) },
        },
        config: { action: 'request.triage' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => bulkTriage(ctx, request.body))).map(presentRequest),
        next: null,
      }),
    );

    app.get(
      '/requests/:requestKey',
      {
        schema: {
          operationId: 'getRequest',
          tags: ['intake'],
          summary: 'One request (its requester, or triagers)',
          params: requestKeyParam,
          response: { 200: requestViewSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentRequestView(await runAs(deps, request, (ctx) => getRequest(ctx, request.params.requestKey))),
    );

    app.get(
      '/products/:productKey/requests/count',
      {
        schema: {
          operationId: 'countRequests',
          tags: ['triage'],
          summary: 'How many requests wait for triage',
          params: productKeyParam,
          response: { 200: triageCountSchema, ...onArchivedProduct },
        },
        config: { action: 'request.triage' },
      },
      async (request) => {
        const count = await runAs(deps, request, (ctx) => triageCount(ctx, request.params.productKey));
        return { waiting: count.waiting, oldestDays: count.oldestDays };
      },
    );

    app.post(
      '/requests/:requestKey/replies',
      {
        schema: {
          operationId: 'replyAsRequester',
          tags: ['intake'],
          summary: 'Answer the team’s question (the requester, signed in)',
          params: requestKeyParam,
          body: replyBody,
          response: { 201: requestStatusSchema },
        },
        config: { action: 'self' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentRequestStatus(
              await runAs(deps, request, (ctx) =>
                replyAsRequester(ctx, { key: request.params.requestKey, body: request.body.body }),
              ),
            ),
          ),
    );

    app.post(
      '/requests/:requestKey/accept',
      {
        schema: {
          operationId: 'acceptRequest',
          tags: ['triage'],
          summary: 'Accept into the backlog at a place',
          params: requestKeyParam,
          body: acceptBody,
          response: { 200: decisionSchema },
        },
        config: { action: 'request.triage' },
      },
      async (request) =>
        presentDecision(
          await runAs(deps, request, (ctx) =>
            acceptRequest(ctx, { ...request.body, key: request.params.requestKey }),
          ),
        ),
    );

    app.post(
      '/requests/:requestKey/merge',
      {
        schema: {
          operationId: 'mergeRequest',
          tags: ['triage'],
          summary: 'Merge into an existing item as a duplicate',
          params: requestKeyParam,
          body: mergeBody,
          response: { 200: decisionSchema },
        },
        config: { action: 'request.triage' },
      },
      async (request) =>
        presentDecision(
          await runAs(deps, request, (ctx) =>
            mergeRequest(ctx, { key: request.params.requestKey, into: request.body.into }),
          ),
        ),
    );

    app.post(
      '/requests/:requestKey/ask',
      {
        schema: {
          operationId: 'askRequester',
          tags: ['triage'],
          summary: 'Ask the requester for more information',
          params: requestKeyParam,
          body: askBody,
          response: { 200: requestSchema },
        },
        config: { action: 'request.triage' },
      },
      async (request) =>
        presentRequest(
          await runAs(deps, request, (ctx) =>
            askRequester(ctx, { key: request.params.requestKey, message: request.body.message }),
          ),
        ),
    );

    app.post(
      '/requests/:requestKey/decline',
      {
        schema: {
          operationId: 'declineRequest',
          tags: ['triage'],
          summary: 'Decline with a reason the requester sees',
          params: requestKeyParam,
          body: declineBody,
          response: { 200: requestSchema },
        },
        config: { action: 'request.triage' },
      },
      async (request) =>
        presentRequest(
          await runAs(deps, request, (ctx) =>
            declineRequest(ctx, { key: request.params.requestKey, reason: request.body.reason }),
          ),
        ),
    );
  };
