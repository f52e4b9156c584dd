import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const requestIdHeader = 'x-request-id';
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** A proxy's request id when it sent a sensible one, so the two logs join up; else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers[requestIdHeader];
  return typeof sent === 'string' && acceptableRequestId.test(sent) ? sent : randomUUID();
}

/** What one request's log line says: who, which route (its pattern: no secrets from the path), how it went. */
export function describeRequest(request: FastifyRequest, reply: FastifyReply) {
  return {
    method: request.method,
    route: request.routeOptions.url ?? request.url.split('?')[0],
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 100) / 100,
    person: request.actor?.personId ?? null,
  };
}

/**
 * One log line per request, when it ends, with the id sent back as `x-request-id`; a 5xx is
 * logged with its stack where it is mapped (errors.ts).
 */
export function logRequests(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const line = describeRequest(request, reply);
    // The request's logger carries its id (reqId); a 5xx's stack was logged where it was mapped.
    if (reply.statusCode >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
}
