import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/http/server.ts';
import { buildWorld, testPassword, type World, type WorldRole } from './factories.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** The server key of the tests' servers (it seals TOTP secrets). */
export const testSecretKey = 'a test key that seals two-factor secrets';

export interface Harness {
  database: TestDatabase;
  world: World;
  app: FastifyInstance;
  /** A request as `role` (a signed-in session), or anonymous with null. */
  request(role: WorldRole | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A server on a fresh database with one person per role, each signed in once. */
export async function startHarness(): Promise<Harness> {
  const database = await createTestDatabase();
  const world = await buildWorld(database.db);
  const app = await buildServer({ database, webDir: '/nonexistent/', secretKey: testSecretKey });
  const cookies = new Map<WorldRole, string>();
  for (const [role, actor] of Object.entries(world.actors) as [WorldRole, { email: string }][]) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: actor.email, password: testPassword },
    });
    const cookie = response.cookies.find((c) => c.name === 'ordo_session');
    if (!cookie) throw new Error(`sign-in failed for ${role}: ${response.body}`);
    cookies.set(role, `ordo_session=${cookie.value}`);
  }
  return {
    database,
    world,
    app,
    request: (role, options) =>
      app.inject({ ...options, headers: { ...(role && { cookie: cookies.get(role) }), ...options.headers } }),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
