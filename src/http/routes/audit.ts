import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditLog } from '../../app/audit/list-audit-log.ts';
import { runAs } from '../request-context.ts';
import { auditPageSchema, auditQuery, presentAuditEntry } from './audit.schema.ts';
import type { RouteDeps } from './route-deps.ts';

/** The workspace's audit log: who changed people, products, roles and tokens, and when. */
export const auditRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          operationId: 'listAuditLog',
          response: { 200: auditPageSchema },
          tags: ['audit'],
          summary: 'The audit log, newest first: by person, kind of change and time (admins)',
          querystring: auditQuery,
        },
        config: { action: 'audit.read' },
      },
      async (request) => {
        const page = await runAs(deps, request, (ctx) => listAuditLog(ctx, request.query));
        return { data: page.entries.map(presentAuditEntry), next: page.next };
      },
    );
  };
