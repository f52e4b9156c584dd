import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bulkUpdate } from '../../app/custodian/bulk-update.ts';
import { custodianView } from '../../app/custodian/custodian-view.ts';
import { healthTrend } from '../../app/custodian/health-trend.ts';
import {
  applyStaleRule,
  recentStaleRuns,
  staleDryRun,
  undoStaleRun,
} from '../../app/custodian/stale-rule.ts';
import { runAs } from '../request-context.ts';
import { bulkUpdateBody, productKeyParam, staleApplyBody, staleRunParam } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

/** The custodian's day: hygiene signals, health, the stale rule, bulk fixes. */
export const custodianRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/custodian',
      {
        schema: {
          tags: ['custodian'],
          summary: 'What needs the custodian today, with the items behind each signal',
          params: productKeyParam,
        },
        config: { action: 'item.read' },
      },
      async (request) => runAs(deps, request, (ctx) => custodianView(ctx, request.params.productKey)),
    );

    app.get(
      '/products/:productKey/health',
      {
        schema: {
          tags: ['custodian'],
          summary: 'The health score’s daily trend',
          params: productKeyParam,
          querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(366).default(90) }),
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: await runAs(deps, request, (ctx) =>
          healthTrend(ctx, { productKey: request.params.productKey, days: request.query.days }),
        ),
        next: null,
      }),
    );

    app.get(
      '/products/:productKey/stale',
      {
        schema: {
          tags: ['custodian'],
          summary: 'The stale rule’s dry run: what it would archive and why',
          params: productKeyParam,
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: await runAs(deps, request, (ctx) => staleDryRun(ctx, request.params.productKey)),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/stale/apply',
      {
        schema: {
          tags: ['custodian'],
          summary: 'Archive the stale items (but those kept) as "stale"',
          params: productKeyParam,
          body: staleApplyBody,
        },
        config: { action: 'item.archive' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          applyStaleRule(ctx, { productKey: request.params.productKey, keep: request.body.keep }),
        ),
    );

    app.get(
      '/products/:productKey/stale-runs',
      {
        schema: {
          tags: ['custodian'],
          summary: 'The latest runs of the stale rule, newest first, and whether each was undone',
          params: productKeyParam,
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: await runAs(deps, request, (ctx) => recentStaleRuns(ctx, request.params.productKey)),
        next: null,
      }),
    );

    app.post(
      '/stale-runs/:runId/undo',
      {
        schema: {
          tags: ['custodian'],
          summary: 'Undo a stale run: the items return to their places',
          params: staleRunParam,
        },
        config: { action: 'item.archive' },
      },
      async (request) => runAs(deps, request, (ctx) => undoStaleRun(ctx, { runId: request.params.runId })),
    );

    app.post(
      '/products/:productKey/items/bulk',
      {
        schema: {
          tags: ['custodian'],
          summary: 'One change to many items, all or none',
          params: productKeyParam,
          body: bulkUpdateBody,
        },
        config: { action: 'item.update' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          bulkUpdate(ctx, {
            productKey: request.params.productKey,
            keys: request.body.keys,
            change: request.body.change,
          }),
        ),
    );
  };
