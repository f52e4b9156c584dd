import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { closeSprint } from '../../app/sprints/close-sprint.ts';
import { createSprint } from '../../app/sprints/create-sprint.ts';
import { forecast } from '../../app/sprints/forecast.ts';
import { listSprints } from '../../app/sprints/list-sprints.ts';
import { commitToSprint, proposeSprint, returnToBacklog } from '../../app/sprints/plan-sprint.ts';
import { releaseNotes, roadmap } from '../../app/sprints/roadmap.ts';
import { moveCard, sprintBoard, startSprint } from '../../app/sprints/run-sprint.ts';
import { noContent, nonJson, pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import { itemSchema, presentItem } from './items.schema.ts';
import type { RouteDeps } from './route-deps.ts';
import {
  closeSprintBody,
  commitBody,
  commitmentSchema,
  createSprintBody,
  forecastSchema,
  moveCardBody,
  presentCommitment,
  presentForecast,
  presentRoadmap,
  presentSprint,
  presentSprintBoard,
  presentSprintProposal,
  releaseNotesQuery,
  returnBody,
  roadmapSchema,
  sprintBoardSchema,
  sprintIdParam,
  sprintProposalSchema,
  sprintSchema,
} from './sprints.schema.ts';

/** Sprints apart from the product backlog: planning, the board, closing, forecast and roadmap. */
export const sprintRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/sprints',
      {
        schema: {
          operationId: 'listSprints',
          tags: ['sprints'],
          summary: 'The product’s sprints, newest first',
          params: productKeyParam,
          response: { 200: pageOf(sprintSchema) },
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
          operationId: 'createSprint',
          tags: ['sprints'],
          summary: 'Plan a sprint: goal, dates, capacity',
          params: productKeyParam,
          body: createSprintBody,
          response: { 201: sprintSchema },
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
          operationId: 'proposeSprint',
          tags: ['sprints'],
          summary: 'Ready items from the top that fit the capacity left',
          params: sprintIdParam,
          response: { 200: sprintProposalSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentSprintProposal(
          await runAs(deps, request, (ctx) => proposeSprint(ctx, request.params.sprintId)),
        ),
    );

    app.post(
      '/sprints/:sprintId/items',
      {
        schema: {
          operationId: 'commitToSprint',
          tags: ['sprints'],
          summary: 'Commit items to the sprint (they leave the product backlog)',
          params: sprintIdParam,
          body: commitBody,
          response: { 200: commitmentSchema },
        },
        config: { action: 'sprint.plan' },
      },
      async (request) =>
        presentCommitment(
          await runAs(deps, request, (ctx) =>
            commitToSprint(ctx, { sprintId: request.params.sprintId, itemKeys: request.body.itemKeys }),
          ),
        ),
    );

    app.post(
      '/sprints/:sprintId/return',
      {
        schema: {
          operationId: 'returnToBacklog',
          tags: ['sprints'],
          summary: 'Give an item back to the product backlog',
          params: sprintIdParam,
          body: returnBody,
          response: { 204: noContent },
        },
        config: { action: 'sprint.plan' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) =>
          returnToBacklog(ctx, { ...request.body, sprintId: request.params.sprintId }),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/sprints/:sprintId/start',
      {
        schema: {
          operationId: 'startSprint',
          tags: ['sprints'],
          summary: 'Start the sprint',
          params: sprintIdParam,
          response: { 200: sprintSchema },
        },
        config: { action: 'sprint.plan' },
      },
      async (request) =>
        presentSprint(await runAs(deps, request, (ctx) => startSprint(ctx, request.params.sprintId))),
    );

    app.get(
      '/sprints/:sprintId/board',
      {
        schema: {
          operationId: 'getSprintBoard',
          tags: ['sprints'],
          summary: 'The sprint board in its own order',
          params: sprintIdParam,
          response: { 200: sprintBoardSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentSprintBoard(await runAs(deps, request, (ctx) => sprintBoard(ctx, request.params.sprintId))),
    );

    app.post(
      '/sprints/:sprintId/board/move',
      {
        schema: {
          operationId: 'moveCard',
          tags: ['sprints'],
          summary: 'Move a card: its column (status) and place',
          params: sprintIdParam,
          body: moveCardBody,
          response: { 200: itemSchema },
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
          operationId: 'closeSprint',
          tags: ['sprints'],
          summary: 'Close the sprint; unfinished items go back or on',
          params: sprintIdParam,
          body: closeSprintBody,
          response: { 200: sprintSchema },
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
          operationId: 'getForecast',
          tags: ['sprints'],
          summary: 'Where coming sprints are likely to end in the backlog',
          params: productKeyParam,
          response: { 200: forecastSchema },
        },
        config: { action: 'item.read' },
      },
      async (request) =>
        presentForecast(await runAs(deps, request, (ctx) => forecast(ctx, request.params.productKey))),
    );

    app.get(
      '/products/:productKey/roadmap',
      {
        schema: {
          operationId: 'getRoadmap',
          tags: ['sprints'],
          summary: 'Now, next and later, from the order',
          params: productKeyParam,
          response: { 200: roadmapSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentRoadmap(await runAs(deps, request, (ctx) => roadmap(ctx, request.params.productKey))),
    );

    app.get(
      '/products/:productKey/release-notes',
      {
        schema: {
          operationId: 'getReleaseNotes',
          tags: ['sprints'],
          summary: 'Release notes in markdown, by type',
          params: productKeyParam,
          querystring: releaseNotesQuery,
          response: {
            200: nonJson('text/markdown', 'The release notes: a heading, then the items shipped, by type'),
          },
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
