import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/** The app's policy: its own scripts, styles and connections only; no plugins, no framing. */
function directivesFor(options: { isHttps: boolean }): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(options.isHttps && { 'upgrade-insecure-requests': [] }),
  };
}

const asHeader = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/**
 * The API docs page (Swagger UI) injects its own <style> elements: there, and only there, inline
 * styles are allowed; scripts stay as strict as everywhere else.
 */
export function docsContentSecurityPolicy(options: { isHttps: boolean }): string {
  const directives = directivesFor(options);
  return asHeader({ ...directives, 'style-src': ["'self'", "'unsafe-inline'"] });
}

/**
 * Security headers on every response: a Content-Security-Policy with no inline script and no
 * framing by other sites, nosniff, no referrer, and, when Ordo is served over https, HSTS and
 * upgraded requests. (On plain http an upgrade would break a server reached by its LAN address.)
 */
export async function addSecurityHeaders(app: FastifyInstance, options: { isHttps: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: directivesFor(options) },
    strictTransportSecurity: options.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
