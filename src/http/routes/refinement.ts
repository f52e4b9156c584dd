import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../app/context.ts';
import { splitItem } from '../../app/items/split-item.ts';
import { checkCommitment } from '../../app/refinement/commitment-check.ts';
import { applyScoreOrder, previewScoreOrder } from '../../app/refinement/order-by-score.ts';
import {
  agreeEstimate,
  castVote,
  getRound,
  revealVotes,
  revote,
  startPoker,
} from '../../app/refinement/poker.ts';
import {
  endSession,
  getSession,
  joinSession,
  listSessions,
  noteAgendaItem,
  startSession,
} from '../../app/refinement/run-session.ts';
import { scheduleSession, setAgenda } from '../../app/refinement/schedule-session.ts';
import { versionFrom } from '../if-match.ts';
import {
  presentPokerRound,
  presentScoreOrderEntry,
  presentSession,
  presentSessionView,
} from '../presenters.ts';
import { runAs } from '../request-context.ts';
import {
  agendaBody,
  agendaNoteBody,
  agreeBody,
  applyScoreOrderBody,
  itemKeyParam,
  productKeyParam,
  roundIdParam,
  scheduleSessionBody,
  scoreOrderQuery,
  sessionIdParam,
  splitBody,
  startPokerBody,
  voteBody,
} from '../schemas.ts';
import { presentItem } from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** Runs a session operation, then answers with the session as everyone sees it, in one transaction. */
async function thenView(
  ctx: Ctx,
  sessionId: string,
  operation: (ctx: Ctx, sessionId: string) => Promise<unknown>,
) {
  await operation(ctx, sessionId);
  return getSession(ctx, sessionId);
}

/** Refinement: order by score, sessions with their agenda and planning poker, splitting items. */
export const refinementRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/score-order',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Preview the order a score proposes (changes nothing)',
          params: productKeyParam,
          querystring: scoreOrderQuery,
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: (
          await runAs(deps, request, (ctx) =>
            previewScoreOrder(ctx, { productKey: request.params.productKey, by: request.query.by }),
          )
        ).map(presentScoreOrderEntry),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/score-order/apply',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Apply the proposed order, in full or for the items named',
          params: productKeyParam,
          body: applyScoreOrderBody,
        },
        config: { action: 'item.move' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          applyScoreOrder(ctx, { ...request.body, productKey: request.params.productKey }),
        ),
    );

    app.get(
      '/products/:productKey/refinement-sessions',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Refinement sessions, newest first',
          params: productKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listSessions(ctx, request.params.productKey))).map(
          presentSession,
        ),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/refinement-sessions',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Schedule a session; the agenda is proposed unless given',
          params: productKeyParam,
          body: scheduleSessionBody,
        },
        config: { action: 'refinement.run' },
      },
      async (request, reply) => {
        const session = await runAs(deps, request, (ctx) =>
          scheduleSession(ctx, { ...request.body, productKey: request.params.productKey }),
        );
        return reply.status(201).send(presentSession(session));
      },
    );

    app.get(
      '/refinement-sessions/:sessionId',
      {
        schema: {
          tags: ['refinement'],
          summary: 'A session: agenda with readiness, attendees, the open poker round',
          params: sessionIdParam,
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentSessionView(await runAs(deps, request, (ctx) => getSession(ctx, request.params.sessionId))),
    );

    app.put(
      '/refinement-sessions/:sessionId/agenda',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Replace the agenda',
          params: sessionIdParam,
          body: agendaBody,
        },
        config: { action: 'refinement.run' },
      },
      async (request) =>
        presentSessionView(
          await runAs(deps, request, (ctx) =>
            thenView(ctx, request.params.sessionId, (c, sessionId) =>
              setAgenda(c, { sessionId, itemKeys: request.body.itemKeys }),
            ),
          ),
        ),
    );

    for (const [path, action, operation, summary] of [
      ['start', 'refinement.run', startSession, 'Start the session'],
      ['end', 'refinement.run', endSession, 'End the session and record its summary'],
    ] as const) {
      app.post(
        `/refinement-sessions/:sessionId/${path}`,
        { schema: { tags: ['refinement'], summary, params: sessionIdParam }, config: { action } },
        async (request) =>
          presentSessionView(
            await runAs(deps, request, (ctx) => thenView(ctx, request.params.sessionId, operation)),
          ),
      );
    }

    app.post(
      '/refinement-sessions/:sessionId/join',
      {
        schema: { tags: ['refinement'], summary: 'Join a running session', params: sessionIdParam },
        config: { action: 'refinement.take_part' },
      },
      async (request) => {
        return presentSessionView(
          await runAs(deps, request, (ctx) => thenView(ctx, request.params.sessionId, joinSession)),
        );
      },
    );

    app.put(
      '/refinement-sessions/:sessionId/items/:itemKey',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Notes and outcome for an agenda item',
          params: sessionIdParam.extend(itemKeyParam.shape),
          body: agendaNoteBody,
        },
        config: { action: 'refinement.run' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) =>
          noteAgendaItem(ctx, {
            ...request.body,
            sessionId: request.params.sessionId,
            itemKey: request.params.itemKey,
          }),
        );
        return reply.status(204).send();
      },
    );

    app.post(
      '/refinement-sessions/:sessionId/poker',
      {
        schema: {
          tags: ['poker'],
          summary: 'Open a planning poker round on an agenda item',
          params: sessionIdParam,
          body: startPokerBody,
        },
        config: { action: 'refinement.run' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentPokerRound(
              await runAs(deps, request, (ctx) =>
                startPoker(ctx, { ...request.body, sessionId: request.params.sessionId }),
              ),
            ),
          ),
    );

    app.get(
      '/poker-rounds/:roundId',
      {
        schema: {
          tags: ['poker'],
          summary: 'A round: who voted; the cards only once revealed',
          params: roundIdParam,
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentPokerRound(await runAs(deps, request, (ctx) => getRound(ctx, request.params.roundId))),
    );

    app.put(
      '/poker-rounds/:roundId/vote',
      {
        schema: {
          tags: ['poker'],
          summary: 'Vote (or change your vote) unseen',
          params: roundIdParam,
          body: voteBody,
        },
        config: { action: 'refinement.take_part' },
      },
      async (request) =>
        presentPokerRound(
          await runAs(deps, request, (ctx) =>
            castVote(ctx, { roundId: request.params.roundId, card: request.body.card }),
          ),
        ),
    );

    for (const [path, operation, summary] of [
      ['reveal', revealVotes, 'Reveal every vote at once'],
      ['revote', revote, 'Clear the votes and vote again'],
    ] as const) {
      app.post(
        `/poker-rounds/:roundId/${path}`,
        { schema: { tags: ['poker'], summary, params: roundIdParam }, config: { action: 'refinement.run' } },
        async (request) =>
          presentPokerRound(await runAs(deps, request, (ctx) => operation(ctx, request.params.roundId))),
      );
    }

    app.post(
      '/poker-rounds/:roundId/agree',
      {
        schema: {
          tags: ['poker'],
          summary: 'Record the agreed estimate on the item',
          params: roundIdParam,
          body: agreeBody,
        },
        config: { action: 'refinement.run' },
      },
      async (request) =>
        presentPokerRound(
          await runAs(deps, request, (ctx) =>
            agreeEstimate(ctx, { roundId: request.params.roundId, estimate: request.body.estimate }),
          ),
        ),
    );

    app.post(
      '/items/:itemKey/split',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Split an item (If-Match: its version)',
          params: itemKeyParam,
          body: splitBody,
        },
        config: { action: 'item.split' },
      },
      async (request) => {
        const version = versionFrom(request.headers['if-match']);
        const parts = await runAs(deps, request, (ctx) =>
          splitItem(ctx, { key: request.params.itemKey, version, parts: request.body.parts }),
        );
        return { data: parts.map(presentItem), next: null };
      },
    );

    app.get(
      '/items/:itemKey/commitment-check',
      {
        schema: {
          tags: ['refinement'],
          summary: 'Whether the item may be committed to a sprint',
          params: itemKeyParam,
        },
        config: { action: 'item.read' },
      },
      async (request) => runAs(deps, request, (ctx) => checkCommitment(ctx, request.params.itemKey)),
    );
  };
