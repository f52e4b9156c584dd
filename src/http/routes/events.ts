import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashSecret } from '../../app/auth/secrets.ts';
import type { EventNotice } from '../../app/events/append-event.ts';
import { getProduct } from '../../app/products/get-product.ts';
import { nonJson } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { LiveUpdates } from '../live-updates.ts';
import { credentialOf, runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';

const heartbeatMs = 20_000;

/** Live updates as server-sent events: one `change` event per committed event of the product. */
export const eventRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/events',
      {
        schema: {
          operationId: 'streamEvents',
          response: {
            200: nonJson(
              'text/event-stream',
              'One `change` event per committed change (`{ id, kind, itemKey, actorId }`); send `Last-Event-ID` to catch up',
            ),
          },
          tags: ['live'],
          summary: 'The product’s changes as they happen (server-sent events)',
          params: productKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request, reply) => {
        const product = await runAs(deps, request, (ctx) => getProduct(ctx, request.params.productKey));
        const lastEventId = request.headers['last-event-id'];
        const missed =
          typeof lastEventId === 'string' && /^\d{1,18}$/.test(lastEventId)
            ? await LiveUpdates.missedSince(deps.db, product.id, lastEventId)
            : [];
        reply.hijack();
        const stream = reply.raw;
        stream.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        const send = (notice: EventNotice) => {
          const data = { id: notice.id, kind: notice.kind, itemKey: notice.itemKey, actorId: notice.actorId };
          stream.write(`id: ${notice.id}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
        };
        stream.write('retry: 2000\n\n');
        for (const notice of missed) send(notice);
        const unsubscribe = deps.live.subscribe(product.id, send);
        const heartbeat = setInterval(() => stream.write(': keep-alive\n\n'), heartbeatMs);
        let release = () => {};
        const end = () => {
          clearInterval(heartbeat);
          unsubscribe();
          release();
        };
        const closeWith = (reason: string) => {
          end();
          stream.end(`event: closed\ndata: ${JSON.stringify({ reason })}\n\n`);
        };
        // The person's eleventh stream closes their oldest, telling it not to reconnect; a stream
        // whose session or token dies tells its page it was signed out.
        const secret = credentialOf(request);
        release = deps.live.admitStream(
          request.actor?.personId ?? '',
          () => closeWith('too many streams'),
          secret
            ? {
                secretHash: hashSecret(secret),
                signedOut: () => closeWith('signed out'),
                reconnect: () => closeWith('reconnect'),
              }
            : undefined,
        );
        request.raw.on('close', end);
      },
    );
  };
