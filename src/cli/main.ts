import { Command } from 'commander';
import { OrdoApiError } from '../client/ordo-client.ts';
import { readConfig } from '../config.ts';
import { registerAuditCommand } from './audit.ts';
import { registerBackupCommands } from './backup.ts';
import { registerCustodianCommands } from './custodian.ts';
import { registerInsightCommands } from './insights.ts';
import { registerItemCommands } from './items.ts';
import { login } from './login.ts';
import { registerMemberCommands } from './members.ts';
import { registerNotificationCommands } from './notifications.ts';
import { changePassword } from './password.ts';
import { registerPeopleCommands } from './people.ts';
import { registerPokerCommands } from './poker.ts';
import { registerProductCommands } from './products.ts';
import { registerProfileCommands } from './profile.ts';
import { ready } from './ready.ts';
import { registerRefinementCommands } from './refinement.ts';
import { registerReleaseCommands } from './releases.ts';
import { registerRequestCommands } from './requests.ts';
import { registerScoringCommands } from './scoring.ts';
import { seed } from './seed.ts';
import { serve } from './serve.ts';
import { registerSetupCommand } from './setup.ts';
import { registerSprintCommands } from './sprints.ts';
import { registerTokenCommands } from './tokens.ts';
import { registerTriageCommands } from './triage.ts';
import { registerWorkspaceCommands } from './workspace.ts';

const program = new Command('ordo')
  .description('Ordo: one ordered, honest product backlog')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the web app and the API (embedded database unless DATABASE_URL is set)')
  .action(async () => {
    await serve(readConfig());
  });

program
  .command('seed')
  .description('add data to the database (the server must not be running on an embedded one)')
  .requiredOption('--sample', 'the sample product "Tally Payments" (PAY) and its people')
  .action(async () => {
    await seed(readConfig());
  });

program
  .command('login')
  .description('sign in to an Ordo server and keep an API token for the other commands')
  .option('--url <url>', 'the server', process.env.ORDO_URL ?? 'http://localhost:3000')
  .requiredOption('--email <email>', 'your email')
  .option('--password-stdin', 'read the password from standard input')
  .option('--code <code>', 'with two-factor sign-in on: the code from your app (asked at a terminal)')
  .action(async (options) => {
    await login({
      url: options.url,
      email: options.email,
      passwordStdin: options.passwordStdin,
      code: options.code,
    });
  });

program
  .command('ready')
  .description('whether a server can serve: its database, migrations and job runner (exit 1 when not)')
  .option('--url <url>', 'the server', process.env.ORDO_URL ?? 'http://localhost:3000')
  .action(async (options) => {
    await ready(options.url);
  });

program
  .command('password')
  .description('change your password (every other session ends)')
  .option('--password-stdin', 'read current, new and new again, a line each, from standard input')
  .option('--json', 'print JSON')
  .action(async (options) => {
    await changePassword({ passwordStdin: options.passwordStdin, json: options.json });
  });

registerSetupCommand(program);
registerProfileCommands(program);
registerNotificationCommands(program);
registerWorkspaceCommands(program);
registerProductCommands(program);
registerPeopleCommands(program);
registerMemberCommands(program);
registerTokenCommands(program);
registerAuditCommand(program);
registerItemCommands(program);
registerRequestCommands(program);
registerTriageCommands(program);
registerRefinementCommands(program);
registerPokerCommands(program);
registerScoringCommands(program);
registerSprintCommands(program);
registerReleaseCommands(program);
registerInsightCommands(program);
registerCustodianCommands(program);
registerBackupCommands(program, () => readConfig());

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof OrdoApiError) console.error(`ordo: ${error.message} (${error.status} ${error.code})`);
  else console.error(`ordo: ${(error as Error).message}`);
  process.exit(1);
}
