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
import { presentInboxEntry, presentRequest, presentRequestStatus } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import {
  acceptBody,
  askBody,
  bulkTriageBody,
  declineBody,
  duplicatesQuery,
  mergeBody,
  productKeyParam,
  replyBody,
  requestKeyParam,
  submitRequestBody,
} from '../schemas.ts';
import { presentItem } from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';

const inboxSize = 100;

/** Intake from people with accounts, and triage. */
export const requestRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/products/:productKey/requests',
      {
        schema: {
          tags: ['intake'],
          summary: 'Submit a request to the triage inbox',
          params: productKeyParam,
          body: submitRequestBody,
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
        return reply
          .status(201)
          .send({ request: presentRequest(submitted.request), statusUrl: submitted.statusUrl });
      },
    );

    app.get(
      '/products/:productKey/duplicates',
      {
        schema: {
          tags: ['intake'],
          summary: 'Items and requests that look like this one',
          params: productKeyParam,
          querystring: duplicatesQuery,
        },
        config: { action: 'request.submit' },
      },
      async (request) => ({
        data: await runAs(deps, request, (ctx) =>
          suggestDuplicates(ctx, { ...request.query, productKey: request.params.productKey }),
        ),
        next: null,
      }),
    );

    app.get(
      '/products/:productKey/requests',
      {
        schema: { tags: ['triage'], summary: 'The triage inbox, oldest first', params: productKeyParam },
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
          tags: ['triage'],
          summary: 'One decision for many requests (all or none)',
          params: productKeyParam,
          body: bulkTriageBody,
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
          tags: ['intake'],
          summary: 'One request (its requester, or triagers)',
          params: requestKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => {
        const found = await runAs(deps, request, (ctx) => getRequest(ctx, request.params.requestKey));
        return found.canTriage
          ? { ...presentRequest(found.request), status: presentRequestStatus(found.status) }
          : presentRequestStatus(found.status);
      },
    );

    app.get(
      '/products/:productKey/requests/count',
      {
        schema: { tags: ['triage'], summary: 'How many requests wait for triage', params: productKeyParam },
        config: { action: 'request.triage' },
      },
      async (request) => runAs(deps, request, (ctx) => triageCount(ctx, request.params.productKey)),
    );

    app.post(
      '/requests/:requestKey/replies',
      {
        schema: {
          tags: ['intake'],
          summary: 'Answer the team’s question (the requester, signed in)',
          params: requestKeyParam,
          body: replyBody,
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
          tags: ['triage'],
          summary: 'Accept into the backlog at a place',
          params: requestKeyParam,
          body: acceptBody,
        },
        config: { action: 'request.triage' },
      },
      async (request) => {
        const { request: decided, item } = await runAs(deps, request, (ctx) =>
          acceptRequest(ctx, { ...request.body, key: request.params.requestKey }),
        );
        return { request: presentRequest(decided), item: presentItem(item) };
      },
    );

    app.post(
      '/requests/:requestKey/merge',
      {
        schema: {
          tags: ['triage'],
          summary: 'Merge into an existing item as a duplicate',
          params: requestKeyParam,
          body: mergeBody,
        },
        config: { action: 'request.triage' },
      },
      async (request) => {
        const { request: decided, item } = await runAs(deps, request, (ctx) =>
          mergeRequest(ctx, { key: request.params.requestKey, into: request.body.into }),
        );
        return { request: presentRequest(decided), item: presentItem(item) };
      },
    );

    app.post(
      '/requests/:requestKey/ask',
      {
        schema: {
          tags: ['triage'],
          summary: 'Ask the requester for more information',
          params: requestKeyParam,
          body: askBody,
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
          tags: ['triage'],
          summary: 'Decline with a reason the requester sees',
          params: requestKeyParam,
          body: declineBody,
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
