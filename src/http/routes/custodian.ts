import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bulkUpdate } from '../../app/custodian/bulk-update.ts';
import { custodianView } from '../../app/custodian/custodian-view.ts';
import { healthTrend } from '../../app/custodian/health-trend.ts';
import {
  applyStaleRule,
  recentStaleRuns,
  staleDryRun,
  undoStaleRun,
} from '../../app/custodian/stale-rule.ts';
import { pageOf } from '../contract.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import {
  bulkUpdateBody,
  changedSchema,
  custodianViewSchema,
  healthDaySchema,
  healthQuery,
  presentCustodianView,
  presentHealthDay,
  presentStaleCandidate,
  presentStaleRun,
  restoredSchema,
  staleAppliedSchema,
  staleApplyBody,
  staleCandidateSchema,
  staleRunParam,
  staleRunSchema,
} from './custodian.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** The custodian's day: hygiene signals, health, the stale rule, bulk fixes. */
export const custodianRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/custodian',
      {
        schema: {
          operationId: 'getCustodianView',
          tags: ['custodian'],
          summary: 'What needs the custodian today, with the items behind each signal',
          params: productKeyParam,
          response: { 200: custodianViewSchema },
        },
        config: { action: 'item.read' },
      },
      async (request) =>
        presentCustodianView(
          await runAs(deps, request, (ctx) => custodianView(ctx, request.params.productKey)),
        ),
    );

    app.get(
      '/products/:productKey/health',
      {
        schema: {
          operationId: 'getHealthTrend',
          tags: ['custodian'],
          summary: 'The health score’s daily trend',
          params: productKeyParam,
          querystring: healthQuery,
          response: { 200: pageOf(healthDaySchema) },
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: (
          await runAs(deps, request, (ctx) =>
            healthTrend(ctx, { productKey: request.params.productKey, days: request.query.days }),
          )
        ).map(presentHealthDay),
        next: null,
      }),
    );

    app.get(
      '/products/:productKey/stale',
      {
        schema: {
          operationId: 'previewStaleRule',
          tags: ['custodian'],
          summary: 'The stale rule’s dry run: what it would archive and why',
          params: productKeyParam,
          response: { 200: pageOf(staleCandidateSchema) },
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => staleDryRun(ctx, request.params.productKey))).map(
          presentStaleCandidate,
        ),
        next: null,
      }),
    );

    app.post(
      '/products/:productKey/stale/apply',
      {
        schema: {
          operationId: 'applyStaleRule',
          tags: ['custodian'],
          summary: 'Archive the stale items (but those kept) as "stale"',
          params: productKeyParam,
          body: staleApplyBody,
          response: { 200: staleAppliedSchema },
        },
        config: { action: 'item.archive' },
      },
      async (request) => {
        const { runId, archived } = await runAs(deps, request, (ctx) =>
          applyStaleRule(ctx, { productKey: request.params.productKey, keep: request.body.keep }),
        );
        return { runId, archived };
      },
    );

    app.get(
      '/products/:productKey/stale-runs',
      {
        schema: {
          operationId: 'listStaleRuns',
          tags: ['custodian'],
          summary: 'The latest runs of the stale rule, newest first, and whether each was undone',
          params: productKeyParam,
          response: { 200: pageOf(staleRunSchema) },
        },
        config: { action: 'item.read' },
      },
      async (request) => ({
        data: (await runAs(deps, request, (ctx) => recentStaleRuns(ctx, request.params.productKey))).map(
          presentStaleRun,
        ),
        next: null,
      }),
    );

    app.post(
      '/stale-runs/:runId/undo',
      {
        schema: {
          operationId: 'undoStaleRun',
          tags: ['custodian'],
          summary: 'Undo a stale run: the items return to their places',
          params: staleRunParam,
          response: { 200: restoredSchema },
        },
        config: { action: 'item.archive' },
      },
      async (request) => {
        const { restored } = await runAs(deps, request, (ctx) =>
          undoStaleRun(ctx, { runId: request.params.runId }),
        );
        return { restored };
      },
    );

    app.post(
      '/products/:productKey/items/bulk',
      {
        schema: {
          operationId: 'bulkUpdateItems',
          tags: ['custodian'],
          summary: 'One change to many items, all or none',
          params: productKeyParam,
          body: bulkUpdateBody,
          response: { 200: changedSchema },
        },
        config: { action: 'item.update' },
      },
      async (request) => {
        const { changed } = await runAs(deps, request, (ctx) =>
          bulkUpdate(ctx, {
            productKey: request.params.productKey,
            keys: request.body.keys,
            change: request.body.change,
          }),
        );
        return { changed };
      },
    );
  };
