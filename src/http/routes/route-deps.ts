import type { OidcClient } from '../../app/auth/oidc/oidc-client.ts';
import type { Deps } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import type { Database } from '../../db/database.ts';
import type { Action } from '../../domain/permissions.ts';
import type { ActorCache } from '../actor-cache.ts';
import type { LiveUpdates } from '../live-updates.ts';

export interface RouteDeps extends Deps {
  live: LiveUpdates;
  actors: ActorCache;
  secureCookies: boolean;
  /** The database itself, for what goes beyond queries (a backup). */
  database: Pick<Database, 'kind' | 'backup'>;
  /** Company sign-in, when the server has it. */
  oidc: OidcClient | null;
  /** False when people sign in only through the company's provider. */
  passwordSignIn: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission the route's operation checks; 'self' for what concerns only the signed-in
     * person (who am I); null for routes open to anyone (sign-in, first-run set-up). */
    action?: Action | 'self' | null;
  }
}

/**
 * With password sign-in off, every door that signs in by a password is closed: signing in, and
 * setting a password by an invitation or reset link (the first-run set-up stays open).
 */
export function refuseIfPasswordSignInOff(deps: RouteDeps): void {
  if (deps.passwordSignIn) return;
  const name = deps.oidc?.settings.name ?? 'your company';
  throw new AppError('forbidden', `Password sign-in is turned off here: use “Sign in with ${name}” instead`);
}
