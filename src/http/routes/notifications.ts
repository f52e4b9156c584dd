import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listNotifications, markNotificationsRead } from '../../app/notifications/notifications.ts';
import { runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';

export const notificationRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Your notices, newest first',
          querystring: z.strictObject({
            unread: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
        },
        config: { action: 'notifications.read' },
      },
      async (request) => ({
        data: await runAs(deps, request, (ctx) =>
          listNotifications(ctx, { unreadOnly: request.query.unread === 'true', limit: request.query.limit }),
        ),
        next: null,
      }),
    );

    app.post(
      '/notifications/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Mark notices read (all, or those named)',
          body: z.strictObject({ ids: z.array(z.uuid()).max(500).optional() }),
        },
        config: { action: 'notifications.read' },
      },
      async (request) => ({
        marked: await runAs(deps, request, (ctx) => markNotificationsRead(ctx, request.body)),
      }),
    );
  };
