import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createRelease, listReleases, updateRelease } from '../../app/releases/manage-releases.ts';
import { planIntoRelease, takeOutOfRelease } from '../../app/releases/plan-release.ts';
import { releaseBurnUp } from '../../app/releases/release-burn-up.ts';
import { runAs } from '../request-context.ts';
import {
  createReleaseBody,
  productKeyParam,
  releaseIdParam,
  releaseItemParam,
  releaseItemsBody,
  updateReleaseBody,
} from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const releaseRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/releases',
      {
        schema: {
          tags: ['releases'],
          summary: 'Releases, newest first, with what is planned into each and how much is done',
          params: productKeyParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => runAs(deps, request, (ctx) => listReleases(ctx, request.params.productKey)),
    );

    app.post(
      '/products/:productKey/releases',
      {
        schema: {
          tags: ['releases'],
          summary: 'Create a release',
          params: productKeyParam,
          body: createReleaseBody,
        },
        config: { action: 'release.plan' },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await runAs(deps, request, (ctx) =>
              createRelease(ctx, { ...request.body, productKey: request.params.productKey }),
            ),
          ),
    );

    app.patch(
      '/releases/:releaseId',
      {
        schema: {
          tags: ['releases'],
          summary: 'Rename, date or ship a release (shippedOn null takes shipping back)',
          params: releaseIdParam,
          body: updateReleaseBody,
        },
        config: { action: 'release.plan' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          updateRelease(ctx, { ...request.body, releaseId: request.params.releaseId }),
        ),
    );

    app.post(
      '/releases/:releaseId/items',
      {
        schema: {
          tags: ['releases'],
          summary: 'Plan items into the release (they leave any other release)',
          params: releaseIdParam,
          body: releaseItemsBody,
        },
        config: { action: 'release.plan' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          planIntoRelease(ctx, { releaseId: request.params.releaseId, itemKeys: request.body.itemKeys }),
        ),
    );

    app.delete(
      '/releases/:releaseId/items/:itemKey',
      {
        schema: { tags: ['releases'], summary: 'Take an item out of the release', params: releaseItemParam },
        config: { action: 'release.plan' },
      },
      async (request, reply) => {
        await runAs(deps, request, (ctx) =>
          takeOutOfRelease(ctx, { releaseId: request.params.releaseId, itemKey: request.params.itemKey }),
        );
        return reply.code(204).send();
      },
    );

    app.get(
      '/releases/:releaseId/burn-up',
      {
        schema: {
          tags: ['releases'],
          summary: 'The release burn-up: points planned and done, day by day',
          params: releaseIdParam,
        },
        config: { action: 'product.read' },
      },
      async (request) => runAs(deps, request, (ctx) => releaseBurnUp(ctx, request.params.releaseId)),
    );
  };
