import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrate.ts';
import type { RouteDeps } from './route-deps.ts';

/** Something the process keeps running in the background (the job runner). */
export interface BackgroundWork {
  isAlive(): boolean;
}

const databaseTimeoutMs = 5_000;

const check = z.object({ ok: z.boolean(), detail: z.string() });
const readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({ database: check, migrations: check, jobs: check }),
});
export type Readiness = z.infer<typeof readiness>;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

type Check = z.infer<typeof check>;

/** The database answers and has every migration of this code (one statement, bounded in time). */
async function checkDatabase(deps: RouteDeps): Promise<{ database: Check; migrations: Check }> {
  const startedAt = performance.now();
  try {
    const pending = await withTimeout(pendingMigrations(deps.db), databaseTimeoutMs);
    const ms = (performance.now() - startedAt).toFixed(1);
    return {
      database: { ok: true, detail: `answered in ${ms} ms` },
      migrations: pending.length
        ? { ok: false, detail: `${pending.length} pending: ${pending.join(', ')}` }
        : { ok: true, detail: 'current' },
    };
  } catch (error) {
    return {
      database: { ok: false, detail: `does not answer: ${(error as Error).message}` },
      migrations: { ok: false, detail: 'unknown while the database does not answer' },
    };
  }
}

function checkJobs(background: BackgroundWork | undefined): Check {
  if (!background) return { ok: true, detail: 'not run by this process' };
  return background.isAlive() ? { ok: true, detail: 'running' } : { ok: false, detail: 'stopped or stuck' };
}

/**
 * For load balancers and orchestrators: `/api/health` says the process answers (liveness);
 * `/api/ready` that it can serve (the database answers, its schema is current, background work
 * runs). Neither needs a sign-in; neither is rate-limited; a probe's request is not logged.
 */
export const healthRoutes =
  (deps: RouteDeps & { background?: BackgroundWork }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          operationId: 'getHealth',
          tags: ['operations'],
          summary: 'Liveness: the process answers',
          response: { 200: z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }) },
        },
        config: { action: null },
        logLevel: 'warn',
      },
      async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
    );

    app.get(
      '/ready',
      {
        schema: {
          operationId: 'getReadiness',
          tags: ['operations'],
          summary: 'Readiness: the database answers, migrations are current, the job runner is alive',
          response: { 200: readiness, 503: readiness },
        },
        config: { action: null },
        logLevel: 'warn',
      },
      async (_request, reply) => {
        const checks = { ...(await checkDatabase(deps)), jobs: checkJobs(deps.background) };
        const isReady = Object.values(checks).every((c) => c.ok);
        const body: Readiness = { status: isReady ? 'ready' : 'not_ready', checks };
        return reply.status(isReady ? 200 : 503).send(body);
      },
    );
  };
