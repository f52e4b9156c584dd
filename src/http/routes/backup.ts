import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { takeBackup } from '../../app/backup/take-backup.ts';
import { errorResponses, nonJson } from '../contract.ts';
import { runAs } from '../request-context.ts';
import type { RouteDeps } from './route-deps.ts';

export const backupRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/backup',
      {
        schema: {
          operationId: 'getBackup',
          response: {
            200: nonJson('application/gzip', 'A gzipped tarball of the data directory'),
            ...errorResponses(409),
          },
          tags: ['operations'],
          summary:
            'A backup of the whole embedded database (gzipped tarball; `ordo restore` reads it). On PostgreSQL: 409, use pg_dump',
        },
        config: { action: 'workspace.backup' },
      },
      async (request, reply) => {
        // A GET runs outside a transaction, as the copy needs (it waits for the one connection).
        const backup = await runAs(deps, request, (ctx) => takeBackup(ctx, deps.database));
        const day = deps.now().toISOString().slice(0, 10);
        return reply
          .type('application/gzip')
          .header('content-disposition', `attachment; filename="ordo-backup-${day}.tar.gz"`)
          .send(backup);
      },
    );
  };
