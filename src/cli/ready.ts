import type { Command } from 'commander';
import { OrdoClient } from '../client/ordo-client.ts';
import { httpFetch } from './http-fetch.ts';
import { example } from './options.ts';

/** `ordo ready`: the server's readiness, a check a line; exits 1 when it is not ready (for scripts). */
export async function ready(url: string): Promise<void> {
  const readiness = await new OrdoClient({ baseUrl: url, fetch: httpFetch }).readiness();
  for (const [name, check] of Object.entries(readiness.checks)) {
    console.log(`${check.ok ? 'ok  ' : 'FAIL'} ${name}: ${check.detail}`);
  }
  console.log(readiness.status === 'ready' ? 'ready' : 'not ready');
  if (readiness.status !== 'ready') process.exitCode = 1;
}

export function registerReadyCommand(program: Command): void {
  program
    .command('ready')
    .addHelpText('after', example('ordo ready --url http://localhost:3000 || echo not ready'))
    .description('whether a server can serve: its database, migrations and job runner (exit 1 when not)')
    .option('--url <url>', 'the server', process.env.ORDO_URL ?? 'http://localhost:3000')
    .action(async (options) => {
      await ready(options.url);
    });
}
