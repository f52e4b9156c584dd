import { Command } from 'commander';
import { readConfig } from '../config.ts';
import { serve } from './serve.ts';

const program = new Command('ordo')
  .description('Ordo: one ordered, honest product backlog')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the web app and the API (embedded database unless DATABASE_URL is set)')
  .action(async () => {
    await serve(readConfig());
  });

try {
  await program.parseAsync();
} catch (error) {
  console.error(`ordo: ${(error as Error).message}`);
  process.exit(1);
}
