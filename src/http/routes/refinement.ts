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
import { noContent, pageOf } from '../contract.ts';
import { itemKeyParam, productKeyParam } from '../fields.ts';
import { versionFrom } from '../if-match.ts';
import { runAs } from '../request-context.ts';
import { itemSchema, presentItem } from './items.schema.ts';
import {
  agreeBody,
  pokerRoundSchema,
  presentPokerRound,
  roundIdParam,
  startPokerBody,
  voteBody,
} from './poker.schema.ts';
import {
  agendaBody,
  agendaNoteBody,
  applyScoreOrderBody,
  commitmentCheckSchema,
  presentCommitmentCheck,
  presentScoreOrderEntry,
  presentSession,
  presentSessionView,
  scheduleSessionBody,
  scoreOrderAppliedSchema,
  scoreOrderEntrySchema,
  scoreOrderQuery,
  sessionIdParam,
  sessionSchema,
  sessionViewSchema,
  splitBody,
} from './refinement.schema.ts';
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
          operationId: 'previewScoreOrder',
          tags: ['refinement'],
          summary: 'Preview the order a score proposes (changes nothing)',
          params: productKeyParam,
          querystring: scoreOrderQuery,
          response: { 200: pageOf(scoreOrderEntrySchema) },
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
          operationId: 'applyScoreOrder',
          tags: ['refinement'],
          summary: 'Apply the proposed order, in full or for the items named',
          params: productKeyParam,
          body: applyScoreOrderBody,
          response: { 200: scoreOrderAppliedSchema },
        },
        config: { action: 'item.move' },
      },
      async (request) => {
        const { moved } = await runAs(deps, request, (ctx) =>
          applyScoreOrder(ctx, { ...request.body, productKey: request.params.productKey }),
        );
        return { moved };
      },
    );

    app.get(
      '/products/:productKey/refinement-sessions',
      {
        schema: {
          operationId: 'listSessions',
          tags: ['refinement'],
          summary: 'Refinement sessions, newest first',
          params: productKeyParam,
          response: { 200: pageOf(sessionSchema) },
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
          operationId: 'scheduleSession',
          tags: ['refinement'],
          summary: 'Schedule a session; the agenda is proposed unless given',
          params: productKeyParam,
          body: scheduleSessionBody,
          response: { 201: sessionSchema },
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
          operationId: 'getSession',
          tags: ['refinement'],
          summary: 'A session: agenda with readiness, attendees, the open poker round',
          params: sessionIdParam,
          response: { 200: sessionViewSchema },
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
          operationId: 'setAgenda',
          tags: ['refinement'],
          summary: 'Replace the agenda',
          params: sessionIdParam,
          body: agendaBody,
          response: { 200: sessionViewSchema },
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

    for (const [path, operationId, operation, summary] of [
      ['start', 'startSession', startSession, 'Start the session'],
      ['end', 'endSession', endSession, 'End the session and record its summary'],
    ] as const) {
      app.post(
        `/refinement-sessions/:sessionId/${path}`,
        {
          schema: {
            operationId,
            tags: ['refinement'],
            summary,
            params: sessionIdParam,
            response: { 200: sessionViewSchema },
          },
          config: { action: 'refinement.run' },
        },
        async (request) =>
          presentSessionView(
            await runAs(deps, request, (ctx) => thenView(ctx, request.params.sessionId, operation)),
          ),
      );
    }

    app.post(
      '/refinement-sessions/:sessionId/join',
      {
        schema: {
          operationId: 'joinSession',
          tags: ['refinement'],
          summary: 'Join a running session',
          params: sessionIdParam,
          response: { 200: sessionViewSchema },
        },
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
          operationId: 'noteAgendaItem',
          tags: ['refinement'],
          summary: 'Notes and outcome for an agenda item',
          params: sessionIdParam.extend(itemKeyParam.shape),
          body: agendaNoteBody,
          response: { 204: noContent },
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
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/refinement-sessions/:sessionId/poker',
      {
        schema: {
          operationId: 'startPokerRound',
          tags: ['poker'],
          summary: 'Open a planning poker round on an agenda item',
          params: sessionIdParam,
          body: startPokerBody,
          response: { 201: pokerRoundSchema },
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
          operationId: 'getPokerRound',
          tags: ['poker'],
          summary: 'A round: who voted; the cards only once revealed',
          params: roundIdParam,
          response: { 200: pokerRoundSchema },
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
          operationId: 'castVote',
          tags: ['poker'],
          summary: 'Vote (or change your vote) unseen',
          params: roundIdParam,
          body: voteBody,
          response: { 200: pokerRoundSchema },
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

    for (const [path, operationId, operation, summary] of [
      ['reveal', 'revealVotes', revealVotes, 'Reveal every vote at once'],
      ['revote', 'revote', revote, 'Clear the votes and vote again'],
    ] as const) {
      app.post(
        `/poker-rounds/:roundId/${path}`,
        {
          schema: {
            operationId,
            tags: ['poker'],
            summary,
            params: roundIdParam,
            response: { 200: pokerRoundSchema },
          },
          config: { action: 'refinement.run' },
        },
        async (request) =>
          presentPokerRound(await runAs(deps, request, (ctx) => operation(ctx, request.params.roundId))),
      );
    }

    app.post(
      '/poker-rounds/:roundId/agree',
      {
        schema: {
          operationId: 'agreeEstimate',
          tags: ['poker'],
          summary: 'Record the agreed estimate on the item',
          params: roundIdParam,
          body: agreeBody,
          response: { 200: pokerRoundSchema },
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
          operationId: 'splitItem',
          tags: ['refinement'],
          summary: 'Split an item (If-Match: its version)',
          params: itemKeyParam,
          body: splitBody,
          response: { 200: pageOf(itemSchema) },
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
          operationId: 'checkCommitment',
          tags: ['refinement'],
          summary: 'Whether the item may be committed to a sprint',
          params: itemKeyParam,
          response: { 200: commitmentCheckSchema },
        },
        config: { action: 'item.read' },
      },
      async (request) =>
        presentCommitmentCheck(
          await runAs(deps, request, (ctx) => checkCommitment(ctx, request.params.itemKey)),
        ),
    );
  };
