import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApiToken } from '../src/app/tokens/create-api-token.ts';
import { OrdoClient } from '../src/client/ordo-client.ts';
import type { WorldRole } from './factories.ts';
import { type Harness, startHarness } from './http-harness.ts';
import { type Run, runOrdo } from './run-ordo.ts';

export interface CliHarness {
  h: Harness;
  baseUrl: string;
  /** `ordo …` as a child process, acting as `as` through ORDO_URL and ORDO_TOKEN (owner by default). */
  ordo(args: string[], options?: { as?: WorldRole; input?: string }): Promise<Run>;
  /** `ordo … --json`, which must succeed: its answer, parsed. */
  json(args: string[], options?: { as?: WorldRole; input?: string }): Promise<unknown>;
  /** The typed client acting as `role`: what the API answers, to hold the command's output against. */
  client(role?: WorldRole): OrdoClient;
  close(): Promise<void>;
}

/**
 * A server listening on a free port and an API token per role of the world, for tests that run
 * the `ordo` command as people do. Each command is a process (about 2 s): tests run several each.
 */
export async function startCliHarness(): Promise<CliHarness> {
  const h = await startHarness();
  const baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
  const home = mkdtempSync(join(tmpdir(), 'ordo-cli-'));
  const tokens = new Map<WorldRole, string>();
  const tokenOf = async (role: WorldRole) => {
    if (!tokens.has(role)) {
      const created = await h.world.as(role, (ctx) => createApiToken(ctx, { name: `cli test ${role}` }));
      tokens.set(role, created.token);
    }
    return tokens.get(role) as string;
  };
  for (const role of Object.keys(h.world.actors) as WorldRole[]) await tokenOf(role);

  const ordo: CliHarness['ordo'] = async (args, options = {}) =>
    runOrdo(
      args,
      {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: '',
        ORDO_URL: baseUrl,
        ORDO_TOKEN: await tokenOf(options.as ?? 'owner'),
      },
      options.input,
    );

  return {
    h,
    baseUrl,
    ordo,
    json: async (args, options) => {
      const run = await ordo([...args, '--json'], options);
      expect(run.code, `ordo ${args.join(' ')}: ${run.stderr}`).toBe(0);
      return JSON.parse(run.stdout);
    },
    client: (role = 'owner') => new OrdoClient({ baseUrl, token: tokens.get(role) as string }),
    close: async () => {
      await h.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
