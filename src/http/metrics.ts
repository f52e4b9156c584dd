import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../app/errors.ts';
import { pendingWork } from '../app/jobs/pending-work.ts';
import type { Database } from '../db/database.ts';
import type { LiveUpdates } from './live-updates.ts';

const seconds = (ms: number) => ms / 1000;

/** The route's pattern, never the path itself: one series per route, whatever the ids in it. */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

function isBearer(request: FastifyRequest, token: string): boolean {
  const sent = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/**
 * Prometheus metrics at `GET /metrics`, for a scraper holding the bearer token: requests and
 * their latency per route and status, statements' latency, the background work waiting, live
 * streams open, and the process's own (memory, CPU, event loop). A registry per server: no
 * global state.
 */
export function serveMetrics(
  app: FastifyInstance,
  options: { token: string; database: Pick<Database, 'db' | 'observeStatements'>; live: LiveUpdates },
): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ordo_' });

  const requests = new Counter({
    name: 'ordo_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'ordo_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const statementSeconds = new Histogram({
    name: 'ordo_db_statement_duration_seconds',
    help: 'Time a database statement took, by outcome',
    labelNames: ['outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  new Gauge({
    name: 'ordo_background_work_waiting',
    help: 'Jobs and mail waiting to be done; given_up: failed every attempt',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const waiting = await pendingWork(options.database.db);
      this.set({ kind: 'jobs' }, waiting.jobs);
      this.set({ kind: 'mail' }, waiting.mail);
      this.set({ kind: 'given_up' }, waiting.givenUp);
    },
  });
  new Gauge({
    name: 'ordo_live_streams',
    help: 'Live-update streams open on this instance',
    registers: [registry],
    collect() {
      this.set(options.live.streamCount);
    },
  });

  const unobserve = options.database.observeStatements((ms, failed) =>
    statementSeconds.observe({ outcome: failed ? 'error' : 'ok' }, seconds(ms)),
  );
  app.addHook('onClose', async () => unobserve());
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeOf(request), status: reply.statusCode };
    requests.inc(labels);
    requestSeconds.observe(labels, seconds(reply.elapsedTime));
  });

  app.get('/metrics', { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
    if (!isBearer(request, options.token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError(
        'unauthenticated',
        'Send the metrics token: Authorization: Bearer <ORDO_METRICS_TOKEN>',
      );
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
