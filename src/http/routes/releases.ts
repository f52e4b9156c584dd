import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createRelease, listReleases, updateRelease } from '../../app/releases/manage-releases.ts';
import { planIntoRelease, takeOutOfRelease } from '../../app/releases/plan-release.ts';
import { releaseBurnUp } from '../../app/releases/release-burn-up.ts';
import { noContent, pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import {
  createReleaseBody,
  plannedSchema,
  presentRelease,
  presentReleaseBurnUp,
  presentReleaseProgress,
  releaseBurnUpSchema,
  releaseIdParam,
  releaseItemParam,
  releaseItemsBody,
  releaseProgressSchema,
  releaseSchema,
  updateReleaseBody,
} from './releases.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const releaseRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/releases',
      {
        schema: {
          operationId: 'listReleases',
          tags: ['releases'],
          summary: 'Releases, newest first, with what is planned into each and how much is done',
          params: productKeyParam,
          response: { 200: pageOf(releaseProgressSchema) },
        },
        config: { action: 'product.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => listReleases(ctx, request.params.productKey))).map(
          presentReleaseProgress,
        ),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/releases',
      {
        schema: {
          operationId: 'createRelease',
          tags: ['releases'],
          summary: 'Create a release',
          params: productKeyParam,
          body: createReleaseBody,
          response: { 201: releaseSchema },
        },
        config: { action: 'release.plan' },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            presentRelease(
              await runAs(deps, request, (ctx) =>
                createRelease(ctx, { ...request.body, productKey: request.params.productKey }),
              ),
            ),
          ),
    );

    app.patch(
      '/releases/:releaseId',
      {
        schema: {
          operationId: 'updateRelease',
          tags: ['releases'],
          summary: 'Rename, date or ship a release (shippedOn null takes shipping back)',
          params: releaseIdParam,
          body: updateReleaseBody,
          response: { 200: releaseSchema },
        },
        config: { action: 'release.plan' },
      },
      async (request) =>
        presentRelease(
          await runAs(deps, request, (ctx) =>
            updateRelease(ctx, { ...request.body, releaseId: request.params.releaseId }),
          ),
        ),
    );

    app.post(
      '/releases/:releaseId/items',
      {
        schema: {
          operationId: 'planIntoRelease',
          tags: ['releases'],
          summary: 'Plan items into the release (they leave any other release)',
          params: releaseIdParam,
          body: releaseItemsBody,
          response: { 200: plannedSchema },
        },
        config: { action: 'release.plan' },
      },
      async (request) => {
        const { planned } = await runAs(deps, request, (ctx) =>
          planIntoRelease(ctx, { releaseId: request.params.releaseId, itemKeys: request.body.itemKeys }),
        );
        return { planned };
      },
    );

    app.delete(
      '/releases/:releaseId/items/:itemKey',
      {
        schema: {
          operationId: 'takeOutOfRelease',
          tags: ['releases'],
          summary: 'Take an item out of the release',
          params: releaseItemParam,
          response: { 204: noContent },
        },
        config: { action: 'release.plan' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) =>
          takeOutOfRelease(ctx, { releaseId: request.params.releaseId, itemKey: request.params.itemKey }),
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/releases/:releaseId/burn-up',
      {
        schema: {
          operationId: 'getReleaseBurnUp',
          tags: ['releases'],
          summary: 'The release burn-up: points planned and done, day by day',
          params: releaseIdParam,
          response: { 200: releaseBurnUpSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentReleaseBurnUp(
          await runAs(deps, request, (ctx) => releaseBurnUp(ctx, request.params.releaseId)),
        ),
    );
  };
