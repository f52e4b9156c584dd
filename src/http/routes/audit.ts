import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAuditLog } from '../../app/audit/list-audit-log.ts';
import { auditKindNames } from '../../domain/audit.ts';
import { presentAuditEntry } from '../presenters.ts';
import { runAs } from '../request-context.ts';
import { instant } from '../schemas.ts';
import type { RouteDeps } from './route-deps.ts';

export const auditQuery = z.strictObject({
  actorId: z.uuid('not a person id').optional(),
  kind: z.enum(auditKindNames).optional(),
  from: instant.optional(),
  to: instant.optional(),
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'not a cursor from a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

/** The workspace's audit log: who changed people, products, roles and tokens, and when. */
export const auditRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/audit',
      {
        schema: {
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
