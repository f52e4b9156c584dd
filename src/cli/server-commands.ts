import type { Command } from 'commander';
import { example } from './options.ts';

/**
 * The commands that run the server or open its database. Each loads the server (Fastify, the
 * database layer, pino) inside its action, so the client commands and `ordo --help` never do.
 */
export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .addHelpText('after', example('PORT=8080 DATABASE_URL=postgres://ordo@db/ordo ordo serve'))
    .description('serve the web app and the API (embedded database unless DATABASE_URL is set)')
    .action(async () => {
      const [{ serve }, { readConfig }] = await Promise.all([import('./serve.ts'), import('../config.ts')]);
      await serve(readConfig());
    });

  program
    .command('seed')
    .addHelpText('after', example('ordo seed --sample'))
    .description('add data to the database (the server must not be running on an embedded one)')
    .requiredOption('--sample', 'the sample product "Tally Payments" (PAY) and its people')
    .action(async () => {
      const [{ seed }, { readConfig }] = await Promise.all([import('./seed.ts'), import('../config.ts')]);
      await seed(readConfig());
    });
}
