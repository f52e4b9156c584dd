import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../app/errors.ts';
import type { Database } from '../db/database.ts';
import { ActorCache } from './actor-cache.ts';
import { handleError } from './errors.ts';
import { LiveUpdates } from './live-updates.ts';
import { resolveActor } from './request-context.ts';
import { authRoutes } from './routes/auth.ts';
import { backupRoutes } from './routes/backup.ts';
import { custodianRoutes } from './routes/custodian.ts';
import { eventRoutes } from './routes/events.ts';
import { insightRoutes } from './routes/insights.ts';
import { itemRoutes } from './routes/items.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { productRoutes } from './routes/products.ts';
import { publicRoutes } from './routes/public.ts';
import { refinementRoutes } from './routes/refinement.ts';
import { releaseRoutes } from './routes/releases.ts';
import { requestRoutes } from './routes/requests.ts';
import type { RouteDeps } from './routes/route-deps.ts';
import { sprintRoutes } from './routes/sprints.ts';
import { validatorCompiler } from './validate-input.ts';

export interface ServerOptions {
  database: Database;
  now?: () => Date;
  /** Where the built web app is; the API alone is served when it is missing. */
  webDir?: string;
  baseUrl?: string;
  trustProxy?: boolean;
  logger?: boolean;
}

export const defaultWebDir = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A page of the single-page app (answered with index.html), not an API call or a missing file. */
function isAppRoute(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return (
    method === 'GET' &&
    !path.startsWith('/api/') &&
    !path.startsWith('/assets/') &&
    !/\.[a-z0-9]+$/i.test(path)
  );
}

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
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Behind a reverse proxy, ORDO_TRUST_PROXY lets X-Forwarded-For name the client (rate limits).
    trustProxy: options.trustProxy ?? false,
    forceCloseConnections: true,
    // A path that is not valid percent-encoded UTF-8, or too long, answers like any bad input.
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.removeContentTypeParser('text/plain');

  const live = new LiveUpdates(options.database);
  await live.start();
  const deps: RouteDeps = {
    db: options.database.db,
    now: options.now ?? (() => new Date()),
    baseUrl: options.baseUrl ?? 'http://localhost:3000',
    live,
    actors: new ActorCache(),
    secureCookies: options.baseUrl?.startsWith('https:') ?? false,
    database: options.database,
  };

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many attempts: try again in ${context.after}`),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ordo API',
        version: '0.1.0',
        description:
          'The ordered product backlog over HTTP. Sign in for a session cookie, or send `Authorization: Bearer <token>` ' +
          'with a token from POST /api/tokens. Errors answer `{ error: { code, message, details } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'ordo_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      api.addHook('onRoute', (route) => {
        if (route.config?.action === undefined) {
          throw new Error(`${route.method} ${route.url} must declare the action it performs (config.action)`);
        }
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
      api.get('/openapi.json', { schema: { hide: true }, config: { action: null } }, async () =>
        app.swagger(),
      );
      await api.register(authRoutes(deps));
      await api.register(productRoutes(deps));
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
    },
    { prefix: '/api' },
  );

  const webDir = options.webDir ?? defaultWebDir;
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, { root: webDir, wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    if (isAppRoute(request.method, request.url) && existsSync(`${webDir}index.html`)) {
      return reply.type('text/html').sendFile('index.html', webDir);
    }
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        details: [],
      },
    });
  });

  app.addHook('onClose', async () => {
    await live.stop();
  });
  return Object.assign(app, { live });
}
