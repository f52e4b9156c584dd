import type { Command } from 'commander';
import { OrdoClient } from '../client/ordo-client.ts';
import { httpFetch } from './http-fetch.ts';
import { example, jsonOption, print } from './options.ts';
import { readPassword } from './prompt.ts';

/** First run of a server from a terminal: the workspace and its first admin, as the web app's setup page. */
export function registerSetupCommand(program: Command): void {
  program
    .command('setup')
    .description('first run: create the workspace and its first admin (then `ordo login`)')
    .option('--url <url>', 'the server', process.env.ORDO_URL ?? 'http://localhost:3000')
    .option('--workspace <name>', 'the workspace’s name')
    .option('--name <name>', 'your name')
    .option('--email <email>', 'your email')
    .option('--password-stdin', 'read the password from standard input')
    .option('--check', 'only say whether the server is set up')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo setup --url https://ordo.example --workspace Tally --name "Ada Admin" --email ada@tally.example',
      ),
    )
    .action(async (options) => {
      const client = new OrdoClient({ baseUrl: options.url, fetch: httpFetch });
      const status = await client.setupStatus();
      if (options.check || status.isSetUp) {
        print(status, options.json, () =>
          status.isSetUp ? `${options.url} is set up: \`ordo login\`.` : 'Not set up yet.',
        );
        return;
      }
      if (!options.workspace || !options.name || !options.email)
        throw new Error('name the workspace, yourself and your email: --workspace, --name, --email');
      const admin = await client.setUp({
        workspaceName: options.workspace,
        name: options.name,
        email: options.email,
        password: await readPassword(options.passwordStdin ?? false),
      });
      print(
        admin,
        options.json,
        () =>
          `Set up ${options.workspace} with ${admin.name} as its admin. Now: ordo login --url ${options.url} --email ${admin.email}`,
      );
    });
}
