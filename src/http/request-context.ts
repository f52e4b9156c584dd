import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { provePassword } from '../app/auth/prove-password.ts';
import { actorFromApiToken, actorFromSession } from '../app/auth/resolve-actor.ts';
import type { SignedIn } from '../app/auth/sessions.ts';
import { type Actor, type Ctx, type Deps, inTransaction, withoutTransaction } from '../app/context.ts';
import type { ActorCache } from './actor-cache.ts';

export const sessionCookie = 'ordo_session';

/** Gives the browser its session: HTTP-only, same-site, secure behind HTTPS. */
export function setSessionCookie(reply: FastifyReply, signedIn: SignedIn, secure: boolean): void {
  reply.setCookie(sessionCookie, signedIn.sessionToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: signedIn.expiresAt,
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The secret a request is sent with: an API token in `Authorization: Bearer …`, else the session cookie. */
export function credentialOf(request: FastifyRequest): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim();
  return request.cookies[sessionCookie];
}

/** Who sent the request, by its token or its session cookie. */
export async function resolveActor(
  deps: Deps & { actors: ActorCache },
  request: FastifyRequest,
): Promise<Actor | null> {
  const now = deps.now();
  if (request.headers.authorization?.startsWith('Bearer ')) {
    const token = credentialOf(request) ?? '';
    return deps.actors.resolve(token, now.getTime(), () => actorFromApiToken(deps.db, token, now));
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

/**
 * Checks the password a request carries for a change to one's own account, before the change
 * and outside its transaction, so that a wrong one is counted (`provePassword`).
 */
export function provePasswordFirst(
  deps: Deps,
  request: FastifyRequest,
  password: string | undefined,
  field: string,
): Promise<void> {
  return withoutTransaction(deps, request.actor, (ctx) =>
    provePassword(ctx, { password, field, address: request.ip }),
  );
}
