import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { actorFromApiToken, actorFromSession } from '../app/auth/resolve-actor.ts';
import { type Actor, type Ctx, type Deps, inTransaction } from '../app/context.ts';

export const sessionCookie = 'ordo_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Who sent the request: an API token in `Authorization: Bearer …`, else the session cookie. */
export async function resolveActor(deps: Deps, request: FastifyRequest): Promise<Actor | null> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return actorFromApiToken(deps.db, authorization.slice(7).trim());
  const session = request.cookies[sessionCookie];
  return session ? actorFromSession(deps.db, session, deps.now()) : null;
}

/** Runs one app operation for the request, as its actor, in one transaction. */
export function runAs<T>(
  deps: Deps,
  request: FastifyRequest,
  operation: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  return inTransaction(deps, request.actor, operation);
}
