import type { Deps } from '../../app/context.ts';
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
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission the route's operation checks; 'self' for what concerns only the signed-in
     * person (who am I); null for routes open to anyone (sign-in, first-run set-up). */
    action?: Action | 'self' | null;
  }
}
