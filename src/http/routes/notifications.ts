import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listNotifications, markNotificationsRead } from '../../app/notifications/notifications.ts';
import { pageOf } from '../contract.ts';
import { runAs } from '../request-context.ts';
import {
  markedSchema,
  markReadBody,
  notificationSchema,
  notificationsQuery,
  presentNotification,
} from './notifications.schema.ts';
import type { RouteDeps } from './route-deps.ts';

export const notificationRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          operationId: 'listNotifications',
          response: { 200: pageOf(notificationSchema) },
          tags: ['notifications'],
          summary: 'Your notices, newest first',
          querystring: notificationsQuery,
        },
        config: { action: 'notifications.read' },
      },
      async (request) => ({
        data: (
          await runAs(deps, request, (ctx) =>
            listNotifications(ctx, {
              unreadOnly: request.query.unread === 'true',
              limit: request.query.limit,
            }),
          )
        ).map(presentNotification),
        next: null,
      }),
    );

    app.post(
      '/notifications/read',
      {
        schema: {
          operationId: 'markNotificationsRead',
          response: { 200: markedSchema },
          tags: ['notifications'],
          summary: 'Mark notices read (all, or those named)',
          body: markReadBody,
        },
        config: { action: 'notifications.read' },
      },
      async (request) => ({
        marked: await runAs(deps, request, (ctx) => markNotificationsRead(ctx, request.body)),
      }),
    );
  };
