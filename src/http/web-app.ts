import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Paths that are never pages of the web app: a probe or scraper there must not read HTML as "up". */
const operationalPaths = new Set(['/health', '/healthz', '/ready', '/readyz', '/livez', '/metrics']);

/** A page of the single-page app (answered with index.html), not an API call or a missing file. */
export function isAppRoute(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return (
    method === 'GET' &&
    !path.startsWith('/api/') &&
    !path.startsWith('/assets/') &&
    !operationalPaths.has(path) &&
    !/\.[a-z0-9]+$/i.test(path)
  );
}

/** Built assets carry their content's hash in their name: they never change, so keep them a year. */
const isHashedAsset = (path: string) => /[\\/]assets[\\/]/.test(path);

/**
 * The built web app: hashed assets cached for good, everything else (index.html) checked every
 * time; the build's brotli and gzip copies served as they are; unknown pages get index.html.
 */
export async function serveWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => {
        response.setHeader(
          'cache-control',
          isHashedAsset(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (isAppRoute(request.method, request.url) && existsSync(`${webDir}index.html`)) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html', webDir);
    }
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No route ${request.method} ${request.url.split('?')[0]}`,
        details: [],
      },
    });
  });
}
