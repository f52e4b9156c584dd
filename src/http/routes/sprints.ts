import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { closeSprint } from '../../app/sprints/close-sprint.ts';
import { createSprint } from '../../app/sprints/create-sprint.ts';
import { forecast } from '../../app/sprints/forecast.ts';
import { listSprints } from '../../app/sprints/list-sprints.ts';
import { commitToSprint, proposeSprint, returnToBacklog } from '../../app/sprints/plan-sprint.ts';
import { releaseNotes, roadmap } from '../../app/sprints/roadmap.ts';
import { moveCard, sprintBoard, startSprint } from '../../app/sprints/run-sprint.ts';
import { presentSprint } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import {
  closeSprintBody,
  commitBody,
  createSprintBody,
  moveCardBody,
  productKeyParam,
  releaseNotesQuery,
  returnBody,
  sprintIdParam,
} from '../schemas.ts';
import { presentItem } from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** Sprints apart from the product backlog: planning, the board, closing, forecast and roadmap. */
export const sprintRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/sprints',
      {
        schema: {
          tags: ['sprints'],
          summary: 'The product’s sprints, newest first',
          params: productKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listSprints(ctx, request.params.productKey))).map(
          presentSprint,
        ),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/sprints',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Plan a sprint: goal, dates, capacity',
          params: productKeyParam,
          body: createSprintBody,
        },
        config: { action: 'sprint.plan' },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentSprint(
              await runAs(deps, request, (ctx) =>
                createSprint(ctx, { ...request.body, productKey: request.params.productKey }),
              ),
            ),
          ),
    );

    app.get(
      '/sprints/:sprintId/proposal',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Ready items from the top that fit the capacity left',
          params: sprintIdParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => runAs(deps, request, (ctx) => proposeSprint(ctx, request.params.sprintId)),
    );

    app.post(
      '/sprints/:sprintId/items',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Commit items to the sprint (they leave the product backlog)',
          params: sprintIdParam,
          body: commitBody,
        },
        config: { action: 'sprint.plan' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          commitToSprint(ctx, { sprintId: request.params.sprintId, itemKeys: request.body.itemKeys }),
        ),
    );

    app.post(
      '/sprints/:sprintId/return',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Give an item back to the product backlog',
          params: sprintIdParam,
          body: returnBody,
        },
        config: { action: 'sprint.plan' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) =>
          returnToBacklog(ctx, { ...request.body, sprintId: request.params.sprintId }),
        );
        return reply.status(204).send();
      },
    );

    app.post(
      '/sprints/:sprintId/start',
      {
        schema: { tags: ['sprints'], summary: 'Start the sprint', params: sprintIdParam },
        config: { action: 'sprint.plan' },
      },
      async (request) =>
        presentSprint(await runAs(deps, request, (ctx) => startSprint(ctx, request.params.sprintId))),
    );

    app.get(
      '/sprints/:sprintId/board',
      {
        schema: { tags: ['sprints'], summary: 'The sprint board in its own order', params: sprintIdParam },
        config: { action: 'product.read' },
      },
      async (request) => {
        const board = await runAs(deps, request, (ctx) => sprintBoard(ctx, request.params.sprintId));
        return {
          sprint: presentSprint(board.sprint),
          cards: board.cards.map((card) => presentItem(card.item)),
        };
      },
    );

    app.post(
      '/sprints/:sprintId/board/move',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Move a card: its column (status) and place',
          params: sprintIdParam,
          body: moveCardBody,
        },
        config: { action: 'sprint.board' },
      },
      async (request) =>
        presentItem(
          await runAs(deps, request, (ctx) =>
            moveCard(ctx, { ...request.body, sprintId: request.params.sprintId }),
          ),
        ),
    );

    app.post(
      '/sprints/:sprintId/close',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Close the sprint; unfinished items go back or on',
          params: sprintIdParam,
          body: closeSprintBody,
        },
        config: { action: 'sprint.plan' },
      },
      async (request) =>
        presentSprint(
          await runAs(deps, request, (ctx) =>
            closeSprint(ctx, { sprintId: request.params.sprintId, unfinished: request.body.unfinished }),
          ),
        ),
    );

    app.get(
      '/products/:productKey/forecast',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Where coming sprints are likely to end in the backlog',
          params: productKeyParam,
        },
        config: { action: 'item.read' },
      },
      async (request) => runAs(deps, request, (ctx) => forecast(ctx, request.params.productKey)),
    );

    app.get(
      '/products/:productKey/roadmap',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Now, next and later, from the order',
          params: productKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => runAs(deps, request, (ctx) => roadmap(ctx, request.params.productKey)),
    );

    app.get(
      '/products/:productKey/release-notes',
      {
        schema: {
          tags: ['sprints'],
          summary: 'Release notes in markdown, by type',
          params: productKeyParam,
          querystring: releaseNotesQuery,
        },
        config: { action: 'product.read' },
      },
      async (request, reply) => {
        const { sprint, release, from, to } = request.query;
        const notes = await runAs(deps, request, (ctx) =>
          releaseNotes(ctx, {
            productKey: request.params.productKey,
            ...(sprint && { sprintId: sprint }),
            ...(release && { releaseId: release }),
            ...(from && { from: new Date(`${from}T00:00:00Z`) }),
            ...(to && { to: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) }),
          }),
        );
        return reply.type('text/markdown; charset=utf-8').send(notes);
      },
    );
  };
