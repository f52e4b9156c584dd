import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashSecret } from '../../app/auth/secrets.ts';
import type { EventNotice } from '../../app/events/append-event.ts';
import { getEvent } from '../../app/events/get-event.ts';
import { getProduct } from '../../app/products/get-product.ts';
import { nonJson } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { LiveUpdates } from '../live-updates.ts';
import { credentialOf, runAs } from '../request-context.ts';
import { eventIdParam, presentEvent, recordedEventSchema } from './events.schema.ts';
import type { RouteDeps } from './route-deps.ts';

const heartbeatMs = 20_000;

/** Live updates as server-sent events: one `change` event per committed event of the product. */
export const eventRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/events/:id',
      {
        schema: {
          operationId: 'getEvent',
          tags: ['live'],
          summary: 'One recorded change with its data (what a webhook links to when its data is large)',
          params: eventIdParam,
          response: { 200: recordedEventSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) => presentEvent(await runAs(deps, request, (ctx) => getEvent(ctx, request.params))),
    );

    app.get(
      '/products/:productKey/events',
      {
        schema: {
          operationId: 'streamEvents',
          response: {
            200: nonJson(
              'text/event-stream',
              'One `change` event per committed change (`{ id, seq, kind, itemKey, actorId }`), in the product’s delivery order; its SSE id is `seq`: send it back as `Last-Event-ID` to catch up on what was missed',
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
        // Listen first, then read what was missed: an event committed in between is in one or
        // both, and is sent once (the stream goes on from the highest `seq` sent).
        const heard: EventNotice[] = [];
        let send = (notice: EventNotice) => void heard.push(notice);
        const unsubscribe = deps.live.subscribe(product.id, (notice) => send(notice));
        const lastEventId = request.headers['last-event-id'];
        const resumeAfter =
          typeof lastEventId === 'string' && /^\d{1,18}$/.test(lastEventId) ? lastEventId : null;
        let missed: EventNotice[] = [];
        try {
          if (resumeAfter) missed = await LiveUpdates.missedSince(deps.db, product.id, resumeAfter);
        } catch (error) {
          unsubscribe();
          throw error;
        }
        reply.hijack();
        const stream = reply.raw;
        stream.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        let lastSent = resumeAfter ? BigInt(resumeAfter) : -1n;
        send = (notice: EventNotice) => {
          const seq = BigInt(notice.seq);
          if (seq <= lastSent) return;
          lastSent = seq;
          const data = {
            id: notice.id,
            seq: notice.seq,
            kind: notice.kind,
            itemKey: notice.itemKey,
            actorId: notice.actorId,
          };
          stream.write(`id: ${notice.seq}\nevent: change\ndata: ${JSON.stringify(data)}\n\n`);
        };
        stream.write('retry: 2000\n\n');
        for (const notice of [...missed, ...heard]) send(notice);
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
