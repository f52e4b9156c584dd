import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createOidcClient } from '../app/auth/oidc/oidc-client.ts';
import { createSecretBox } from '../app/auth/secret-box.ts';
import { AppError } from '../app/errors.ts';
import type { OidcSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { packageRoot } from '../package-root.ts';
import { ActorCache } from './actor-cache.ts';
import { completeContract, describeRoute, nameSchemas, refuseUndeclaredResponses } from './contract.ts';
import { handleError } from './errors.ts';
import { LiveUpdates } from './live-updates.ts';
import { serveMetrics } from './metrics.ts';
import { openApiDocument } from './openapi-document.ts';
import { resolveActor } from './request-context.ts';
import { logRequests, requestIdOf } from './request-logging.ts';
import { accountRoutes } from './routes/account.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { backupRoutes } from './routes/backup.ts';
import { custodianRoutes } from './routes/custodian.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { type BackgroundWork, healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { insightRoutes } from './routes/insights.ts';
import { itemRoutes } from './routes/items.ts';
import { memberRoutes } from './routes/members.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { oidcRoutes } from './routes/oidc.ts';
import { peopleRoutes } from './routes/people.ts';
import { productRoutes } from './routes/products.ts';
import { publicRoutes } from './routes/public.ts';
import { refinementRoutes } from './routes/refinement.ts';
import { releaseRoutes } from './routes/releases.ts';
import { requestRoutes } from './routes/requests.ts';
import type { RouteDeps } from './routes/route-deps.ts';
import { sprintRoutes } from './routes/sprints.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { workspaceRoutes } from './routes/workspace.ts';
import { addSecurityHeaders, docsContentSecurityPolicy } from './security-headers.ts';
import { responseSerializer } from './serialize-response.ts';
import { validatorCompiler } from './validate-input.ts';
import { serveWebApp } from './web-app.ts';

export interface ServerOptions {
  database: Database;
  now?: () => Date;
  /** Where the built web app is; the API alone is served when it is missing. */
  webDir?: string;
  baseUrl?: string;
  trustProxy?: boolean;
  /** Where requests and failures are logged; omitted, nothing is. */
  logger?: Logger;
  /** Serves `GET /metrics` to a scraper that sends this bearer token; omitted, there are none. */
  metricsToken?: string | undefined;
  /** The job runner, whose life `/api/ready` reports. */
  background?: BackgroundWork;
  /** The server's key for secrets it must read back (two-factor sign-in); omitted, that is off. */
  secretKey?: string;
  /** Company sign-in through an OpenID Connect provider; omitted, there is none. */
  oidc?: OidcSettings | undefined;
  /** False: password sign-in is refused (only with `oidc`); the first-run set-up still works. */
  passwordSignIn?: boolean;
  /**
   * Every answer is checked against its route's declared responses: a status not declared, or a
   * body not matching its schema, becomes a 500 that says so. On by default under the tests (and
   * in the servers they start), so every test request checks the contract.
   */
  checkResponses?: boolean;
}

export const defaultWebDir = join(packageRoot, 'dist/web/');

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A cookie-authenticated write from another site's page is refused (defence beside SameSite). */
function isCrossSite(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance & { live: LiveUpdates }> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger as FastifyBaseLogger } : { logger: false }),
    // One line per request instead, when it ends (request-logging.ts).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdOf,
    bodyLimit: 1024 * 1024,
    // Behind a reverse proxy, ORDO_TRUST_PROXY lets X-Forwarded-For name the client (rate limits).
    trustProxy: options.trustProxy ?? false,
    forceCloseConnections: true,
    // A path that is not valid percent-encoded UTF-8, or too long, answers like any bad input.
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  const checkResponses = options.checkResponses ?? Boolean(process.env.VITEST);
  app.setSerializerCompiler(responseSerializer({ check: checkResponses }));
  app.setErrorHandler(handleError);
  app.removeContentTypeParser('text/plain');

  logRequests(app);
  const live = new LiveUpdates(options.database);
  await live.start();
  const actors = new ActorCache();
  const stopForgetting = await actors.forgetOnRevocation(options.database);
  actors.onRevocation((hash) => live.endStreamsOf(hash));
  const baseUrl = options.baseUrl ?? 'http://localhost:3000';
  if (options.passwordSignIn === false && !options.oidc) {
    throw new Error('Password sign-in can be turned off only with company sign-in on');
  }
  const oidc = options.oidc ? createOidcClient(options.oidc, { baseUrl, log: options.logger }) : null;
  // Found at start-up, so that an unreachable provider is in the log at once (not awaited: the
  // server starts, password sign-in works, and a sign-in tries the provider again).
  oidc?.configuration().catch(() => {});
  const deps: RouteDeps = {
    db: options.database.db,
    now: options.now ?? (() => new Date()),
    baseUrl,
    live,
    actors,
    secureCookies: baseUrl.startsWith('https:'),
    database: options.database,
    ...(options.secretKey && { secretBox: createSecretBox(options.secretKey) }),
    oidc,
    passwordSignIn: options.passwordSignIn ?? true,
  };

  const isHttps = deps.secureCookies;
  await addSecurityHeaders(app, { isHttps });
  // JSON and text go out compressed when the client accepts it, at the fastest levels and in one
  // call rather than through a stream (which hands the work to the thread pool chunk by chunk):
  // on a page of the backlog (104 KB of JSON) brotli 1 takes 0.29 ms for 26 KB, where brotli 4
  // took 2.2 ms and gzip 6 5.5 ms. The web app's files come compressed at the best levels from
  // the build.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    syncThreshold: 2 * 1024 * 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } },
    zlibOptions: { level: 1 },
  });
  if (options.metricsToken) {
    serveMetrics(app, { token: options.metricsToken, database: options.database, live });
  }
  await app.register(cookie);
  await app.register(swagger, {
    openapi: openApiDocument(baseUrl),
    transform: describeRoute,
    transformObject: nameSchemas,
  });
  const docsPolicy = docsContentSecurityPolicy({ isHttps });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiHooks: {
      onRequest: async (_request, reply) => {
        reply.header('content-security-policy', docsPolicy);
      },
    },
  });

  if (checkResponses) refuseUndeclaredResponses(app);
  await app.register(
    async (api) => {
      api.addHook('onRoute', (route) => {
        if (route.config?.action === undefined) {
          throw new Error(`${route.method} ${route.url} must declare the action it performs (config.action)`);
        }
        completeContract(route);
      });
      api.addHook('onRequest', async (request) => {
        request.actor = await resolveActor(deps, request);
        const usesCookie = !request.headers.authorization;
        if (
          usesCookie &&
          unsafeMethods.has(request.method) &&
          isCrossSite(request.headers.origin, request.headers.host)
        ) {
          throw new AppError('forbidden', 'Cross-site requests are refused');
        }
      });
      await api.register(
        healthRoutes({ ...deps, ...(options.background && { background: options.background }) }),
      );
      api.get('/openapi.json', { schema: { hide: true }, config: { action: null } }, async () =>
        app.swagger(),
      );
      await api.register(authRoutes(deps));
      await api.register(oidcRoutes(deps));
      await api.register(accountRoutes(deps));
      await api.register(tokenRoutes(deps));
      await api.register(webhookRoutes(deps));
      await api.register(productRoutes(deps));
      await api.register(memberRoutes(deps));
      await api.register(peopleRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(workspaceRoutes(deps));
      await api.register(itemRoutes(deps));
      await api.register(eventRoutes(deps));
      await api.register(requestRoutes(deps));
      await api.register(publicRoutes(deps));
      await api.register(notificationRoutes(deps));
      await api.register(refinementRoutes(deps));
      await api.register(sprintRoutes(deps));
      await api.register(insightRoutes(deps));
      await api.register(custodianRoutes(deps));
      await api.register(releaseRoutes(deps));
      await api.register(backupRoutes(deps));
      await api.register(exportRoutes(deps));
      await api.register(importRoutes(deps));
    },
    { prefix: '/api' },
  );

  await serveWebApp(app, options.webDir ?? defaultWebDir);

  app.addHook('onClose', async () => {
    await live.stop();
    await stopForgetting();
  });
  return Object.assign(app, { live });
}
