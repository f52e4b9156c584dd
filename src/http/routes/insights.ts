import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { insights } from '../../app/insights/insights.ts';
import { runAs } from '../request-context.ts';
import { productKeyParam } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const insightRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products/:productKey/insights',
      {
        schema: {
          tags: ['insights'],
          summary:
            'Progress and flow: status at a glance, velocity, burn-up, cumulative flow, lead and cycle time, throughput',
          params: productKeyParam,
          querystring: z.strictObject({ weeks: z.coerce.number().int().min(1).max(104).default(12) }),
        },
        config: { action: 'product.read' },
      },
      async (request) =>
        runAs(deps, request, (ctx) =>
          insights(ctx, { productKey: request.params.productKey, weeks: request.query.weeks }),
        ),
    );
  };
