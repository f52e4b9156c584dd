import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { insights } from '../../app/insights/insights.ts';
import { productKeyParam } from '../fields.ts';
import { runAs } from '../request-context.ts';
import { insightsQuery, insightsSchema, presentInsights } from './insights.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const insightRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/insights',
      {
        schema: {
          operationId: 'getInsights',
          tags: ['insights'],
          summary:
            'Progress and flow: status at a glance, velocity, burn-up, cumulative flow, lead and cycle time, throughput',
          params: productKeyParam,
          querystring: insightsQuery,
          response: { 200: insightsSchema },
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        presentInsights(
          await runAs(deps, request, (ctx) =>
            insights(ctx, { productKey: request.params.productKey, weeks: request.query.weeks }),
          ),
        ),
    );
  };
