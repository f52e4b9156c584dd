import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { actorFromApiToken, actorFromSession } from '../app/auth/resolve-actor.ts';
import { type Actor, type Ctx, type Deps, inTransaction, withoutTransaction } from '../app/context.ts';
import type { ActorCache } from './actor-cache.ts';

export const sessionCookie = 'ordo_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Who sent the request: an API token in `Authorization: Bearer …`, else the session cookie. */
export async function resolveActor(
  deps: Deps & { actors: ActorCache },
  request: FastifyRequest,
): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  const now = deps.now();
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice(7).trim();
    return deps.actors.resolve(token, now.getTime(), () => actorFromApiToken(deps.db, token));
  }
  const session = request.cookies[sessionCookie];
  return session
    ? deps.actors.resolve(session, now.getTime(), () => actorFromSession(deps.db, session, now))
    : null;
}

/**
 * Runs one app operation for the request, as its actor: a write in one transaction (all of it
 * lands, or none); a read (GET) straight on the database — at READ COMMITTED a transaction would
 * give its statements no more consistency, only two more round trips.
 */
export function runAs<T>(
  deps: Deps,
  request: FastifyRequest,
  operation: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  if (request.method === 'GET') {
    return withoutTransaction(deps, request.actor, operation);
  }
  return inTransaction(deps, request.actor, operation);
}
